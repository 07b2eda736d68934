// Runtime errors are panics with an error value: recovering them gives the
// same text Go prints, here for index, nil map, nil pointer and division.
package main

import "fmt"

type T struct{ x int }

func catch(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Printf("%s: %v (error: %v)\n", name, err, isErr)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 7
	catch("index", func() { _ = s[i] })
	catch("slice", func() { _ = s[i:] })
	catch("nil map", func() {
		var m map[string]int
		m["a"] = 1
	})
	catch("nil pointer", func() {
		var p *T
		fmt.Println(p.x)
	})
	zero := 0
	catch("divide", func() { fmt.Println(10 / zero) })
	catch("assert", func() {
		var a any = "str"
		fmt.Println(a.(int))
	})
	catch("closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
}
