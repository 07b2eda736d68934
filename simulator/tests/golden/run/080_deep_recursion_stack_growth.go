// Deep recursion with sizeable frames: the goroutine stack starts small and
// grows by copying (pointers into it are adjusted), invisible to the program.
package main

import "fmt"

type frame struct {
	buf  [16]int
	next *int
}

func deep(n int, p *int) int {
	var f frame
	f.buf[n%16] = n
	f.next = p
	if n == 0 {
		return *p
	}
	local := n
	r := deep(n-1, &local)
	return r + f.buf[n%16] - n + *f.next
}

func sumTo(n int) int {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

func main() {
	start := 1
	fmt.Println(deep(100000, &start))
	fmt.Println(sumTo(1000000))
	done := make(chan int)
	go func() { done <- sumTo(200000) }()
	fmt.Println(<-done)
}
