package main

func main() {
	if x := 2 {
		_ = x
	}
}
