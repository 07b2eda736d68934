// Sorting a slice of structs by several keys with a hand-written insertion
// sort and a less function; a stable sort keeps equal elements in order.
package main

import "fmt"

type person struct {
	name string
	age  int
}

func sortBy(ps []person, less func(a, b person) bool) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && less(ps[j], ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func main() {
	ps := []person{{"dave", 30}, {"alice", 25}, {"carol", 30}, {"bob", 25}, {"eve", 22}}
	sortBy(ps, func(a, b person) bool { return a.name < b.name })
	fmt.Println(ps)
	sortBy(ps, func(a, b person) bool { return a.age < b.age })
	fmt.Println(ps)
	sortBy(ps, func(a, b person) bool { return a.age > b.age })
	fmt.Printf("%+v\n", ps[:2])
	nums := []int{5, 2, 8, 1, 9, 3}
	for i := 0; i < len(nums); i++ {
		for j := 0; j < len(nums)-1-i; j++ {
			if nums[j] > nums[j+1] {
				nums[j], nums[j+1] = nums[j+1], nums[j]
			}
		}
	}
	fmt.Println(nums)
}
