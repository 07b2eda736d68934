// Predict: go and defer.
//
// Mark every reported line with // want "..." comments (see exercise 01). A goroutine may
// run after the function that started it has returned.
package main

func worker(n *int, done chan bool) { // want "n does not escape" "done does not escape"
	*n = *n * 2
	done <- true
}

func main() {
	x := 21 // want "moved to heap: x"
	done := make(chan bool)
	go worker(&x, done)
	<-done
	defer println("deferred")
	println(x)
}
