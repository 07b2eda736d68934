// m2
// Multi-value calls passed straight to another call f(g()) go through
// compiler temporaries (.autotmp_N) in the rendered diagnostics.
package main

import "fmt"

func pair() (int, string)   { return 1, "one" }
func ptrs() (*int, *int)    { a, b := 1, 2; return &a, &b }
func sum(a, b *int) int     { return *a + *b }
func show(n int, s string) string { return fmt.Sprint(n, s) }

func main() {
	fmt.Println(pair())
	fmt.Println(sum(ptrs()))
	fmt.Println(show(pair()))
}
