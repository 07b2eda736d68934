package main

var sink *int

func depth(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return depth(p, n-1)
}

func even(n int, p *int) bool {
	if n == 0 {
		return true
	}
	return odd(n-1, p)
}

func odd(n int, p *int) bool {
	if n == 0 {
		sink = p
		return false
	}
	return even(n-1, p)
}

func main() {
	x := 1
	_ = depth(&x, 3)
	y := 2
	_ = even(4, &y)
}
