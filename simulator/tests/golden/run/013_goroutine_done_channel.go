// Signalling completion with a chan struct{}: close(done) wakes every waiter;
// the waiters report back in the order main asks them.
package main

import "fmt"

func waiter(id int, done <-chan struct{}, report chan<- int) {
	<-done
	report <- id
}

func main() {
	done := make(chan struct{})
	reports := make([]chan int, 3)
	for i := range reports {
		reports[i] = make(chan int)
		go waiter(i, done, reports[i])
	}
	fmt.Println("closing")
	close(done)
	for _, r := range reports {
		fmt.Println("waiter", <-r, "woke")
	}
	_, ok := <-done
	fmt.Println("done still closed:", !ok)
}
