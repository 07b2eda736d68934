// wrong capitalisation gets a hint
package main

type User struct{ Name string }

func main() {
	u := User{}
	_ = u.name
}
