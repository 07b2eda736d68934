// A map grows transparently to hold 100000 entries; deleting every other key
// and overwriting others keeps len exact; lookups of deleted keys miss.
package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 100000; i++ {
		m[i] = i * i
	}
	fmt.Println(len(m), m[99999], m[500])
	for i := 0; i < 100000; i += 2 {
		delete(m, i)
	}
	for i := 1; i < 100; i += 2 {
		m[i] = -i
	}
	_, ok := m[500]
	fmt.Println(len(m), ok, m[99], m[101])
	sum := 0
	for k, v := range m {
		if v < 0 {
			sum += k
		}
	}
	fmt.Println(sum)
	strs := map[string]int{}
	for i := 0; i < 2000; i++ {
		strs[fmt.Sprintf("key-%04d", i)] = i
	}
	fmt.Println(len(strs), strs["key-1999"], strs["key-2000"])
}
