package main

type point struct{ x, y int }

var sinkInt int

func produceValues(n int, out chan<- point) {
	for i := 0; i < n; i++ {
		out <- point{i, i * i}
	}
	close(out)
}

func producePointers(n int, out chan<- *point) {
	for i := 0; i < n; i++ {
		out <- &point{i, i * i}
	}
	close(out)
}

func Values() {
	c := make(chan point)
	go produceValues(100, c)
	for p := range c {
		sinkInt += p.y
	}
}

func Pointers() {
	c := make(chan *point)
	go producePointers(100, c)
	for p := range c {
		sinkInt += p.y
	}
}

func main() {}
