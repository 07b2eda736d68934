package main

func main() {
	x := 1
	f(x += 1)
}

func f(int) {}
