// append on a map
package main

func main() {
	m := map[string]int{}
	m = append(m, 1)
}
