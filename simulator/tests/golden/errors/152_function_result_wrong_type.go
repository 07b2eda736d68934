// The results of a multi-value call are assigned one by one.
package main

func parse() (int, string) { return 1, "ok" }

func main() {
	var n, m int = parse()
	_, _ = n, m
}
