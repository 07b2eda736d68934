package main

type M map[M]M

func main() {}
