package main

var sink any

func isPositive(x any) bool {
	n, ok := x.(int)
	return ok && n > 0
}

func keep(x any) {
	sink = x
}

func wrap(v int) any {
	return v
}

func main() {
	v := 1000
	_ = isPositive(v)
	keep(v + 1)
	_ = wrap(v + 2)
	var i any = v * 2
	_ = i.(int)
}
