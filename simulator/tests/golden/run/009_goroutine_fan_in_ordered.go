// Several workers compute results concurrently; each reports on its own
// channel and main collects them in worker order, so output is fixed.
package main

import "fmt"

func worker(id int, jobs []int, out chan<- string) {
	sum := 0
	for _, j := range jobs {
		sum += j * id
	}
	out <- fmt.Sprintf("worker %d: %d jobs, sum %d", id, len(jobs), sum)
}

func main() {
	var chans []chan string
	for id := 1; id <= 4; id++ {
		c := make(chan string, 1)
		chans = append(chans, c)
		jobs := make([]int, id*2)
		for i := range jobs {
			jobs[i] = i + 1
		}
		go worker(id, jobs, c)
	}
	for _, c := range chans {
		fmt.Println(<-c)
	}
}
