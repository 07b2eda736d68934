// Fix the allocations: Trace must not allocate at all (`memsim allocs main.go Trace`),
// and the program must print exactly what it prints now. Read "Slices, maps and
// channels" first.
package main

import "fmt"

type point struct{ x, y int }

// The points themselves are the elements: appending copies 16 bytes into the backing
// array, which the warm-up call has grown and path[:0] reuses.
var path []point

func Trace() {
	path = path[:0]
	for i := 0; i < 12; i++ {
		path = append(path, point{x: i, y: i * i % 7})
	}
}

func main() {
	Trace()
	far := 0
	for _, p := range path {
		far = max(far, p.x+p.y)
	}
	fmt.Println(len(path), far, path[5].y)
}
