package main

import "fmt"

func main() {
	ages := make(map[string]int)
	names := []string{"ann", "bob", "cid", "dan", "eve", "fay", "gus", "hal", "ivy"}
	for i, name := range names {
		ages[name] = 20 + i
	}
	fmt.Println(len(ages), ages["ivy"])
}
