// Type spelling of every kind inside diagnostics (via new(T) and make).
package main

import "fmt"

type Named struct{ a int }
type Inner struct{ x int }

func types() {
	_ = new(uint8)
	_ = new(int32)
	_ = new(uintptr)
	_ = new(float32)
	_ = new(bool)
	_ = new(string)
	_ = new(error)
	_ = new(interface{})
	_ = new([]byte)
	_ = new(map[rune]bool)
	_ = new(*[]*int)
	_ = new(chan int)
	_ = new(chan<- []string)
	_ = new(<-chan chan int)
	_ = new(chan (<-chan int))
	_ = new(func())
	_ = new(func(...int) string)
	_ = new(func(a int, b ...string) (r int, err error))
	_ = new(struct{})
	_ = new(struct {
		A int
		b *string
	})
	_ = new(struct {
		Inner
		*Named
		y int
	})
	_ = new(interface {
		M(int) string
		N()
	})
	_ = new(interface {
		fmt.Stringer
		Extra() bool
	})
	_ = new([0]int)
	_ = new([2][3]int)
	_ = new([]map[string][]*Named)
	_ = make([]func() error, 1)
	_ = make(map[[2]int]struct{ p *int })
}

func main() {
	types()
	fmt.Println("ok")
}
