package main

func main() {
	var buf [200000]byte
	buf[0] = 1
	p := new([70000]byte)
	p[0] = buf[0]
}
