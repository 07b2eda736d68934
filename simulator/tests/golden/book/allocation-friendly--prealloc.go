package main

var sink []int

func Before() {
	var s []int
	for i := 0; i < 100; i++ {
		s = append(s, i)
	}
	sink = s
}

func After() {
	s := make([]int, 0, 100)
	for i := 0; i < 100; i++ {
		s = append(s, i)
	}
	sink = s
}

func main() {
	Before()
	After()
	println(len(sink))
}
