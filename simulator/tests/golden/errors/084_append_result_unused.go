// calling append without using its result
package main

func main() {
	s := []int{}
	append(s, 1)
}
