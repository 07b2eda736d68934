package main

func total() int {
	var arr [4]int
	s := arr[:]
	for i := range s {
		s[i] = i
	}
	return s[3]
}

func leak() []int {
	var arr [4]int
	return arr[:]
}

func main() {
	_ = total()
	_ = leak()
}
