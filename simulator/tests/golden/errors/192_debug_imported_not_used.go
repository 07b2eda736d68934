// An import of runtime/debug that nothing uses.
package main

import "runtime/debug"

func main() {
}
