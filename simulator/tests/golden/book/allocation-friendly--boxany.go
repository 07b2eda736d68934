package main

import "fmt"

var events []any
var ids []int

func recordAny(v any) { events = append(events, v) }
func recordInt(v int) { ids = append(ids, v) }

func Before() {
	events = events[:0]
	for i := 1000; i < 1010; i++ {
		recordAny(i)
	}
}

func After() {
	ids = ids[:0]
	for i := 1000; i < 1010; i++ {
		recordInt(i)
	}
}

func main() {
	Before()
	After()
	fmt.Println(len(events), len(ids))
}
