package main

import "fmt"

type item struct {
	id    int
	price int
}

var items []*item
var values []item

func Before() {
	items = items[:0]
	for i := 0; i < 16; i++ {
		items = append(items, &item{id: i, price: i * 10})
	}
}

func After() {
	values = values[:0]
	for i := 0; i < 16; i++ {
		values = append(values, item{id: i, price: i * 10})
	}
}

func main() {
	Before()
	After()
	fmt.Println(len(items), len(values))
}
