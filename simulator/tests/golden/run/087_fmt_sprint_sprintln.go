// Sprint, Sprintln and Sprintf return the text instead of printing it, with
// the same spacing rules as Print, Println and Printf.
package main

import "fmt"

func main() {
	a := fmt.Sprint("x", 1, 2, "y", 3.5, false)
	b := fmt.Sprintln("x", 1, 2, "y")
	c := fmt.Sprintf("%d-%s-%v", 7, "seven", []string{"s"})
	fmt.Printf("%q\n%q\n%q\n", a, b, c)
	fmt.Println(len(a), len(b), len(c))
	d := fmt.Sprint()
	e := fmt.Sprintln()
	fmt.Printf("%q %q\n", d, e)
	f := fmt.Sprint(nil, nil)
	g := fmt.Sprint(1, nil, 2)
	fmt.Printf("%q %q\n", f, g)
}
