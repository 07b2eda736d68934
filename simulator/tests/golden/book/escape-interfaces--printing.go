package main

import "fmt"

type point struct{ x, y int }

func report(n int, name string) {
	fmt.Println(n, name)
	fmt.Printf("%s=%d\n", name, n)
	msg := fmt.Sprintf("%s=%d", name, n)
	fmt.Println(msg)
	pt := point{1, 2}
	fmt.Println(&pt)
}

func main() {
	report(1000, "n")
}
