package main

var sink any

type pair struct{ a, b int }

func conv(n int, s string, p *int, t pair, sl []int, m map[int]int, f func()) {
	sink = n
	sink = s
	sink = p
	sink = t
	sink = sl
	sink = m
	sink = f
}

func local(n int) int {
	var i any = n
	j, _ := i.(int)
	return j
}

func main() {
	conv(1, "a", nil, pair{}, nil, nil, nil)
	_ = local(2)
}
