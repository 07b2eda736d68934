// a value whose method has a pointer receiver does not implement the interface
package main

type Runner interface{ Run() }

type Job struct{}

func (j *Job) Run() {}

func main() {
	var r Runner = Job{}
	r.Run()
}
