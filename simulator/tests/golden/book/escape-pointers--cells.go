package main

var sinkA, sinkB *int

func Two() {
	a, b := 1, 2
	sinkA, sinkB = &a, &b
}

func Three() {
	a, b, c := 1, 2, 3
	sinkA, sinkB, sinkA = &a, &b, &c
}

func main() {
	Two()
	Three()
}
