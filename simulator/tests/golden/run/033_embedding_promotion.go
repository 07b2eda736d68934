// Struct embedding promotes fields and methods; an outer method with the same
// name shadows the embedded one, which stays reachable by its type name.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" }

type Puppy struct {
	*Dog
	Age int
}

func main() {
	d := Dog{Animal{"Rex", 4}, "collie"}
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.Rename("Max")
	fmt.Println(d.Name, d.Legs, d.Breed)
	p := Puppy{&d, 1}
	p.Rename("Tiny")
	fmt.Println(p.Describe(), p.Sound(), d.Name, p.Age)
	fmt.Printf("%v\n%+v\n", d, d)
}
