package main

func main() {
	goto L
L:
}

func f() {
	for {
	M:
	}
}
