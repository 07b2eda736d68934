package main

var sinkMap map[int]int
var sinkInt int

func Local() {
	m := make(map[int]int)
	m[1] = 10
	m[2] = 20
	sinkInt = m[1] + m[2]
}

func LocalNine() {
	m := make(map[int]int)
	for i := range 9 {
		m[i] = i
	}
	sinkInt = len(m)
}

func Escaping() {
	m := make(map[int]int)
	m[1] = 10
	sinkMap = m
}

func main() {
	Local()
	LocalNine()
	Escaping()
}
