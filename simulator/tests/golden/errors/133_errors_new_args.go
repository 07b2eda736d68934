// errors.New takes one string
package main

import "errors"

func main() {
	_ = errors.New("a", "b")
}
