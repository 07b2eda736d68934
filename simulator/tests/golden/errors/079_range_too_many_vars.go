// two iteration variables over a channel
package main

func main() {
	c := make(chan int)
	for i, v := range c {
		_, _ = i, v
	}
}
