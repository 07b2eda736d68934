package main

func main() {
}

/* never closed
func f() {}
