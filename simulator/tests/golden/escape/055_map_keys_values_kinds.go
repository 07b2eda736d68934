// m2
// Map stores send keys and values to the heap (pointer keys, pointer values,
// boxed interface values, string keys); lookups, delete and comma-ok don't.
package main

import "fmt"

type Key struct{ a, b int }

func maps() int {
	byPtr := map[*int]string{}
	k := 1
	byPtr[&k] = "one"
	vals := make(map[string]*int)
	v := 2
	vals["two"] = &v
	boxed := map[Key]any{}
	boxed[Key{1, 2}] = 3.5
	look := 9
	_, found := byPtr[&look]
	del := 10
	delete(byPtr, &del)
	return len(byPtr) + len(vals) + len(boxed) + *vals["two"] + btoi(found)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func main() {
	fmt.Println(maps())
}
