./escape-size--makebuf.go:11:11: make([]int, n) does not escape
