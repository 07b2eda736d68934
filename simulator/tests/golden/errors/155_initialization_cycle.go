// Package variables whose initialisers depend on each other.
package main

var total = count * 2
var count = total / 2

func main() {}
