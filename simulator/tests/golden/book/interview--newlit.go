package main

import "fmt"

type point struct{ x, y int }

var shared *point

func main() {
	local := &point{1, 2}
	n := new(int)
	*n = local.x + local.y
	shared = &point{3, 4}
	fmt.Println(*n + shared.x)
}
