package main

func main() {
	s := "abc
def"
	_ = s
}
