// 014_goroutines.go: the cost of go statements: arguments and captures are
// packed into one closure object; the goroutine itself (g and stack) is reused.
package main

var (
	sinkInt int
	sinkStr string
	done    = make(chan struct{})
	valX    = 5
	valStr  = "hello"
	big     [16]int
)

func two(a, b int) { sinkInt = a + b; done <- struct{}{} }

func withStr(s string, n int) { sinkStr = s; sinkInt = n; done <- struct{}{} }

func withArr(a [16]int) { sinkInt = a[3]; done <- struct{}{} }

func withPtr(p *int) { sinkInt = *p; done <- struct{}{} }

type worker struct{ id int }

func (w worker) run()   { sinkInt = w.id; done <- struct{}{} }
func (w *worker) prun() { sinkInt = w.id; done <- struct{}{} }

var gw = &worker{7}

func GoTwoArgs() { // two int arguments: one 24-byte closure
	go two(valX, valX+1)
	<-done
}

func GoStringArg() { // a string and an int: 8 + 16 + 8 = 32 bytes
	go withStr(valStr, valX)
	<-done
}

func GoArrayArg() { // a 128-byte array argument copied into the closure
	go withArr(big)
	<-done
}

func GoPointerToLocal() { // &x passed to the goroutine: x moves to the heap
	x := valX
	go withPtr(&x)
	<-done
}

func GoValueMethod() { // go w.run(): the receiver value is captured
	w := worker{valX}
	go w.run()
	<-done
}

func GoPointerMethodGlobal() { // go gw.prun(): the receiver pointer is captured
	go gw.prun()
	<-done
}

func GoClosureNoCapture() { // a func literal without captures: static, no closure object
	go func() { done <- struct{}{} }()
	<-done
}

func GoClosureTwoCaptures() { // captures x (by value) and the local channel c
	x := valX
	c := make(chan int)
	go func() { c <- x * 2 }()
	sinkInt = <-c
}

func GoThreeGoroutines() { // three go statements with an argument each
	for i := 0; i < 3; i++ {
		go workerArg(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
}

func workerArg(i int) { sinkInt += i; done <- struct{}{} }

func main() {}
