// a variable declared in an if statement's init and never used
package main

func value() int { return 1 }

func main() {
	if v := value(); true {
	}
}
