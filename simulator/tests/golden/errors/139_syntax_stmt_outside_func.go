// syntax: statement at package level
package main

x := 1

func main() {
}
