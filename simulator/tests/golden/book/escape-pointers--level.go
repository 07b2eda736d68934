package main

func get(pp **int) *int {
	return *pp
}

func use() *int {
	x := 1
	p := &x
	return get(&p)
}

func main() {
	*use() = 2
}
