package main

type Big [1 << 62]int64

func main() {}
