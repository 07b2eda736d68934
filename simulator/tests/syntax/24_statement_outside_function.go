package main

fmt.Println("x")

func main() {}
