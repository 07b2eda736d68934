// In-place algorithms (insertion sort, reverse, binary search) on slice
// parameters: nothing escapes, the parameters do not escape.
package main

import "fmt"

func insertionSort(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func reverse(a []int) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

func search(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := (lo + hi) / 2
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func main() {
	a := []int{5, 2, 9, 1, 7}
	insertionSort(a)
	i := search(a, 7)
	reverse(a)
	fmt.Println(a, i)
}
