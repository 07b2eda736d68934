package main

var all []*int

func local() int {
	var s []int
	s = append(s, 1, 2)
	return len(s)
}

func global() {
	all = append(all, new(int))
}

func pointers() int {
	x := 1
	var ps []*int
	ps = append(ps, &x)
	return len(ps)
}

func main() {
	_ = local()
	global()
	_ = pointers()
}
