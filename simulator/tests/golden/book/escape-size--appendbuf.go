package main

var (
	four    = 4
	five    = 5
	ten     = 10
	hundred = 100
	sinkInt int
)

func count(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return len(s)
}

func Count4()   { sinkInt = count(four) }
func Count5()   { sinkInt = count(five) }
func Count10()  { sinkInt = count(ten) }
func Count100() { sinkInt = count(hundred) }

func main() {}
