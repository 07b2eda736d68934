// Nested composite literals with elided types: &T elements in a slice of
// pointers, map values, arrays of structs, keyed and positional fields.
package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B *Point
	Tags []string
}

func build() ([]*Point, map[string]Point, [2]Line) {
	pts := []*Point{{1, 2}, {X: 3}}
	named := map[string]Point{"o": {}, "p": {4, 5}}
	lines := [2]Line{{A: &Point{}, Tags: []string{"t"}}, {B: pts[0]}}
	return pts, named, lines
}

func localOnly() int {
	grid := [][]int{{1, 2}, {3}}
	m := map[Point][]*Point{{0, 0}: {{1, 1}}}
	return len(grid) + len(m)
}

func main() {
	pts, named, lines := build()
	fmt.Println(len(pts), named["p"].X, lines[0].Tags[0], localOnly())
}
