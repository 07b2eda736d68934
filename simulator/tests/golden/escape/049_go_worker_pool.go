// m2
// A worker pool with channels: jobs and results flow through channels
// (sent values always escape), the worker closures escape via go.
package main

import "fmt"

type Job struct {
	ID   int
	Data []int
}

type Result struct {
	ID  int
	Sum int
}

func worker(jobs <-chan *Job, results chan<- Result) {
	for j := range jobs {
		s := 0
		for _, v := range j.Data {
			s += v
		}
		results <- Result{j.ID, s}
	}
}

func main() {
	jobs := make(chan *Job, 4)
	results := make(chan Result, 4)
	for w := 0; w < 2; w++ {
		go worker(jobs, results)
	}
	for i := 1; i <= 4; i++ {
		jobs <- &Job{ID: i, Data: []int{i, i * 2}}
	}
	close(jobs)
	total := 0
	for range 4 {
		r := <-results
		total += r.Sum
	}
	fmt.Println("total", total)
}
