// m2
// Ranging over pointer-carrying elements: the element value is the
// slice's content (level 1), the array's own value (level 0).
package main

import "fmt"

type Item struct {
	name  string
	price *int
}

var cheapest *int

func findSlice(items []Item) *int {
	for _, it := range items {
		if *it.price < 10 {
			return it.price
		}
	}
	return nil
}

func findArray(items [2]Item) *int {
	for _, it := range items {
		cheapest = it.price
	}
	return cheapest
}

func byIndex(items []*Item) string {
	best := items[0]
	for i := range items {
		if *items[i].price < *best.price {
			best = items[i]
		}
	}
	return best.name
}

func main() {
	a, b := 5, 20
	items := []Item{{"a", &a}, {"b", &b}}
	fmt.Println(*findSlice(items), *findArray([2]Item{items[1], items[0]}),
		byIndex([]*Item{&items[0], &items[1]}))
}
