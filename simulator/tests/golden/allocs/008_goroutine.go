// 008_goroutine.go: starting goroutines. The reference cases synchronise with a
// sync.WaitGroup; here (sync is outside the subset) a channel does the waiting:
// GoNoCapture, GoWithArg, GoClosureCapture, GoClosureByRef are rewritten that way.
package main

var (
	sinkInt int
	done    = make(chan struct{})
	valX    = 5
)

func work()         { done <- struct{}{} }
func workArg(x int) { sinkInt = x; done <- struct{}{} }

func GoNoCapture() { // go of a static function: the g (and its stack) come from the free list
	go work()
	<-done
}

func GoWithArg() { // go f(x): the compiler wraps the call in a closure that captures x
	go workArg(valX)
	<-done
}

func GoClosureCapture() { // closure capturing a local by value
	x := valX
	go func() {
		sinkInt = x
		done <- struct{}{}
	}()
	<-done
}

func GoClosureByRef() { // closure capturing a local that is modified later (by reference)
	x := valX
	go func() {
		x++
		done <- struct{}{}
	}()
	<-done
	sinkInt = x
}

func GoUnbufferedHandoff() {
	c := make(chan int)
	go func() { c <- 1 }()
	sinkInt = <-c
}

func main() {}
