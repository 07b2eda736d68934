package main

import "fmt"

var (
	small = 42
	big   = 1000
	name  = "n"
	out   string
)

func PrintSmall() { fmt.Println(small) }
func PrintBig()   { fmt.Println(big) }
func Sprint42()   { out = fmt.Sprintf("%d", small) }
func SprintPair() { out = fmt.Sprintf("%s=%d", name, big) }

func main() {}
