// Columns >= 255 cannot be represented and are omitted from the position
// (line only); column 254 is the last one printed. Expressions far right
// on a long line, and lines made long by multibyte characters.
package main

import "fmt"

var keep []*int

func long() {
	a := 1;                                                                                                                                                                                                                                                     b := 2;
	c := 3;                                                                                                                                                                                                                                                      d := 4; e := 5
	/* éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé */ f := 6
	keep = append(keep, &a, &b, &c, &d, &e, &f)
	fmt.Println(len(keep),                                                                                                                                                                                                                                      len(keep) > 0)
}

func main() { long() }
