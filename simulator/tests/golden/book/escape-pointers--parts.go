package main

type record struct {
	id   int
	tags [4]int
}

func idOf() *int {
	var r record
	return &r.id
}

func tag(i int) *int {
	var tags [8]int
	return &tags[i]
}

func main() {
	*idOf() = 1
	*tag(3) = 2
}
