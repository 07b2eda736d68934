// duplicate string case
package main

func kind(s string) int {
	switch s {
	case "a":
		return 1
	case "a":
		return 2
	}
	return 0
}

func main() {
	_ = kind("a")
}
