// a []int where []any is expected
package main

func show(xs []any) int { return len(xs) }

func main() {
	ints := []int{1, 2}
	_ = show(ints)
}
