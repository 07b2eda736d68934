// init cannot be referenced
package main

func init() {}

func main() {
	f := init
	f()
}
