// ++ works on numbers only.
package main

func main() {
	s := "a"
	s++
	_ = s
}
