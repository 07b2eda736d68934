// Map values are not addressable: a struct value must be replaced whole,
// while slices and pointers stored in a map share their backing data.
package main

import "fmt"

type acct struct{ balance int }

func main() {
	groups := map[string][]int{}
	groups["a"] = append(groups["a"], 1)
	groups["a"] = append(groups["a"], 2)
	groups["b"] = append(groups["b"], 3)
	fmt.Println(groups, len(groups["c"]))
	vals := map[string]acct{"x": {10}}
	a := vals["x"]
	a.balance += 5
	fmt.Println(vals["x"].balance, a.balance)
	vals["x"] = a
	fmt.Println(vals)
	ptrs := map[string]*acct{"y": {1}}
	ptrs["y"].balance += 99
	fmt.Println(ptrs["y"].balance, *ptrs["y"])
	alias := groups
	alias["z"] = []int{26}
	fmt.Println(len(groups), groups["z"])
}
