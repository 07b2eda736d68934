// Formatting an aligned table with widths and precision: right-aligned
// numbers, left-aligned names, a total line, and widths computed at run time.
package main

import "fmt"

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	w := 0
	for _, r := range rows {
		w = max(w, len(r.name))
	}
	fmt.Printf("%-*s %5s %8s\n", w, "item", "qty", "total")
	total := 0.0
	for _, r := range rows {
		t := float64(r.qty) * r.price
		total += t
		fmt.Printf("%-*s %5d %8.2f\n", w, r.name, r.qty, t)
	}
	fmt.Printf("%*s %8.2f\n", w+6, "sum", total)
	fmt.Printf("[%6.2f%%] [%+8.3e] [%x]\n", 12.3456, -0.000123, "ok")
	s := fmt.Sprintf("%3d|%-3d|%03d", 5, 5, 5)
	fmt.Println(s, len(s))
}
