package main

var (
	valX    = 7
	sinkInt int
)

func DeferOnce() {
	x := valX
	defer func() { sinkInt = x }()
	x++
}

func DeferArgs() {
	x := valX
	defer store(&x)
}

func store(p *int) { sinkInt = *p }

func DeferInLoop() {
	for i := 0; i < 3; i++ {
		defer func() { sinkInt += i }()
	}
}

func DeferInLoopNoCapture() {
	for i := 0; i < 3; i++ {
		defer func() { sinkInt++ }()
	}
}

func main() {}
