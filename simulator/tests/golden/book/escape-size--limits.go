package main

func vars() int {
	var fits [131072]byte
	var tooBig [131073]byte
	fits[0], tooBig[0] = 1, 2
	return int(fits[0] + tooBig[0])
}

func implicit() int {
	p := new([65536]byte)
	q := new([65537]byte)
	r := &[8193]int{}
	s := make([]byte, 65536)
	t := make([]byte, 65537)
	u := make([]int, 0, 8193)
	return len(p) + len(q) + len(r) + len(s) + len(t) + cap(u)
}

func main() {
	_ = vars()
	_ = implicit()
}
