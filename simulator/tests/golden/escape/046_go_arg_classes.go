// m2
// go f(args): the same wrapper rewriting as defer, but the wrapper always
// escapes, so every temporary it captures (and what &x points to) escapes.
package main

import "fmt"

func work(id int, p *int, s []int, name string, done chan<- string) {
	*p += id + len(s)
	done <- fmt.Sprintf("%s:%d", name, *p)
}

func main() {
	done := make(chan string)
	total := 0
	go work(1, &total, []int{1, 2}, "w1", done)
	fmt.Println(<-done)
	n := 2
	go work(n, new(int), nil, "w"+fmt.Sprint(n), done)
	fmt.Println(<-done)
}
