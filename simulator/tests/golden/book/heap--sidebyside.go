package main

import "fmt"

type user struct {
	name string
	age  int
}

var registry []*user

func register(name string, age int) *user {
	u := &user{name, age}
	registry = append(registry, u)
	return u
}

func main() {
	local := user{"ann", 30}
	p := register("bob", 40)
	p.age++
	fmt.Println(local.age, p.age, len(registry))
}
