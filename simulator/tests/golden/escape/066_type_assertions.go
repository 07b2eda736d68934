// Type assertions: to a pointer type (level 0 flow), to a value type (the
// value lives behind the interface: level 1), to an interface, with ok.
package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d *Dog) Sound() string { return d.name + " woof" }

var global *Dog

func asDog(a any) *Dog         { return a.(*Dog) }
func asString(a any) string    { s, _ := a.(string); return s }
func asAnimal(a any) Animal    { return a.(Animal) }
func keepDog(a any) {
	if d, ok := a.(*Dog); ok {
		global = d
	}
}

func main() {
	d := &Dog{"rex"}
	keepDog(d)
	fmt.Println(asDog(d).name, asString("str"), asAnimal(d).Sound(), global.name)
}
