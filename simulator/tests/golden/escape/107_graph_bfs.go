// Breadth-first search with a slice queue and a visited map: all local,
// nothing escapes except what is returned.
package main

import "fmt"

type Graph map[int][]int

func (g Graph) BFS(start int) []int {
	visited := map[int]bool{start: true}
	queue := []int{start}
	var order []int
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, m := range g[n] {
			if !visited[m] {
				visited[m] = true
				queue = append(queue, m)
			}
		}
	}
	return order
}

func main() {
	g := Graph{1: {2, 3}, 2: {4}, 3: {4}, 4: {}}
	fmt.Println(g.BFS(1))
}
