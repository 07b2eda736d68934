package main

type L[T any, U] struct{}

func main() {}
