package main

var (
	ten   = 10
	sinkS []int
	also  []int
)

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func buildShared(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	also = s
	return s
}

func buildAddr(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	p := &s[0]
	*p = 7
	return s
}

func Build()       { sinkS = build(ten) }
func BuildShared() { sinkS = buildShared(ten) }
func BuildAddr()   { sinkS = buildAddr(ten) }

func main() {}
