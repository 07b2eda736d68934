// Anonymous struct types in variables and slices, nested composite literals
// with elided types, and field access through several levels.
package main

import "fmt"

type config struct {
	Server struct {
		Host string
		Port int
	}
	Limits []struct {
		Name string
		Max  int
	}
}

func main() {
	var c config
	c.Server.Host = "localhost"
	c.Server.Port = 8080
	c.Limits = append(c.Limits, struct {
		Name string
		Max  int
	}{"conn", 100})
	fmt.Println(c)
	fmt.Printf("%+v\n", c)
	people := []struct {
		Name string
		Age  int
	}{{"Ann", 30}, {"Bob", 25}}
	for _, p := range people {
		fmt.Printf("%s is %d\n", p.Name, p.Age)
	}
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	m := map[string][]struct{ X, Y int }{"line": {{0, 0}, {1, 1}}}
	fmt.Println(grid, m)
	pts := []*struct{ X int }{{1}, {2}}
	fmt.Println(pts[1].X, *pts[0])
}
