// go func(x T){...}(arg): the literal has parameters, so the statement is
// wrapped; the argument temporaries and the literal escape.
package main

import "fmt"

type Result struct {
	id  int
	msg string
}

func main() {
	results := make(chan Result, 3)
	for i := 1; i <= 3; i++ {
		go func(id int, tag *string) {
			results <- Result{id, fmt.Sprint(*tag, id)}
		}(i, new(string))
	}
	name := "job"
	go func(p *string) {
		results <- Result{0, *p}
	}(&name)
	total := 0
	for range 4 {
		r := <-results
		total += r.id + len(r.msg)
	}
	fmt.Println(total)
}
