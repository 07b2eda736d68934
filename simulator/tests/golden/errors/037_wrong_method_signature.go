// a method with the wrong signature does not satisfy the interface
package main

type Stringer interface{ String() string }

type T struct{}

func (T) String() int { return 0 }

func main() {
	var s Stringer = T{}
	_ = s
}
