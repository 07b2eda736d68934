// A bare return needs the named result in scope, not a shadowing variable.
package main

import "errors"

func check(ok bool) (err error) {
	if !ok {
		err := errors.New("not ok")
		_ = err
		return
	}
	return nil
}

func main() { _ = check(true) }
