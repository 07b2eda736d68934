package main

var (
	done    = make(chan struct{})
	valX    = 5
	sinkInt int
)

func two(a, b int) {
	sinkInt = a + b
	done <- struct{}{}
}

func withPtr(p *int) {
	sinkInt = *p
	done <- struct{}{}
}

func workerArg(i int) {
	sinkInt += i
	done <- struct{}{}
}

func GoTwoArgs() {
	go two(valX, valX+1)
	<-done
}

func GoPointerToLocal() {
	x := valX
	go withPtr(&x)
	<-done
}

func GoNoCapture() {
	go func() { done <- struct{}{} }()
	<-done
}

func GoLoop() {
	for i := 0; i < 3; i++ {
		go workerArg(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
}

func main() {}
