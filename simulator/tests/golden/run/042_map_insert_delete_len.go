// Map basics: insert, overwrite, delete (also of a missing key), len, and
// fmt printing with keys sorted.
package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	fmt.Println(len(m), m)
	m["two"] = 22
	delete(m, "one")
	delete(m, "missing")
	fmt.Println(len(m), m)
	m["four"] += 4
	m["three"]++
	fmt.Println(len(m), m)
	for i := 0; i < 100; i++ {
		m[fmt.Sprint("k", i)] = i
	}
	fmt.Println(len(m), m["k42"], m["k99"])
	for i := 0; i < 100; i += 2 {
		delete(m, fmt.Sprint("k", i))
	}
	fmt.Println(len(m), m["k42"], m["k43"])
}
