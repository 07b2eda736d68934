package main

type A interface{ B }
type B interface{ A }

func main() {}
