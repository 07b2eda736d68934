package main

var (
	ten     = 10
	hundred = 100
	sinkS   []int
)

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func grow(n int) {
	sinkS = nil
	for i := 0; i < n; i++ {
		sinkS = append(sinkS, i)
	}
}

func Build3()    { sinkS = build(3) }
func Build10()   { sinkS = build(ten) }
func Build100()  { sinkS = build(hundred) }
func Global10()  { grow(ten) }
func Global100() { grow(hundred) }

func main() {}
