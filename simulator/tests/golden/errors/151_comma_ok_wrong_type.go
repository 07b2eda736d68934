// The second value of a map lookup is an untyped bool.
package main

func main() {
	ages := map[string]int{"ada": 36}
	var age, found int
	age, found = ages["ada"]
	_, _ = age, found
}
