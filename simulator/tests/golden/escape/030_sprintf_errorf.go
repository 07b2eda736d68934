// fmt summaries: Sprintf's format does not escape, its arguments do;
// Errorf's format leaks; Sprint/Sprintln/Print like Println.
package main

import (
	"errors"
	"fmt"
)

func describe(name string, age int) string {
	return fmt.Sprintf("%s is %d", name, age)
}

func wrap(op string, err error) error {
	return fmt.Errorf("%s: %w", op, err)
}

func both(format string, v int) (string, error) {
	return fmt.Sprintf(format, v), fmt.Errorf(format, v)
}

func main() {
	s := describe("Ann", 30)
	err := wrap("read", errors.New("eof"))
	x, y := both("v=%d", 3)
	fmt.Print(s, "\n")
	fmt.Println(err, x, y)
	fmt.Print(fmt.Sprintln("line", 1))
	fmt.Printf("%v|%s\n", fmt.Sprint(1, 2), "end")
}
