// Structs are values: assignment and passing copy every field (arrays
// included), while slices and maps inside the copy still share their data.
package main

import "fmt"

type Inner struct{ A [3]int }

type Outer struct {
	Name  string
	In    Inner
	Tags  []string
	Attrs map[string]int
	Ptr   *Inner
}

func modify(o Outer) {
	o.Name = "changed"
	o.In.A[0] = 100
	o.Tags[0] = "shared!"
	o.Attrs["k"] = 2
	o.Ptr.A[0] = 7
}

func main() {
	o := Outer{"orig", Inner{[3]int{1, 2, 3}}, []string{"t"}, map[string]int{"k": 1}, &Inner{}}
	modify(o)
	fmt.Println(o.Name, o.In, o.Tags, o.Attrs, *o.Ptr)
	c := o
	c.In.A[1] = -2
	c.Tags = append(c.Tags, "new")
	fmt.Println(o.In, c.In, len(o.Tags), len(c.Tags))
	p := &o
	p.Name = "via pointer"
	fmt.Println(o.Name)
	arr := [2]Inner{}
	brr := arr
	brr[0].A[0] = 5
	fmt.Println(arr, brr)
}
