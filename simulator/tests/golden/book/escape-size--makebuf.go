package main

var (
	four    = 4
	five    = 5
	hundred = 100
	sinkInt int
)

func fill(n int) int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s[n-1]
}

func Make4()   { sinkInt = fill(four) }
func Make5()   { sinkInt = fill(five) }
func Make100() { sinkInt = fill(hundred) }

func main() {
	sinkInt = fill(four) + fill(five)
}
