// A stack and a queue built on slices: push/pop at the end, dequeue by
// reslicing the front; len and cap show the backing array being reused.
package main

import "fmt"

type Stack struct{ items []string }

func (s *Stack) Push(v string) { s.items = append(s.items, v) }
func (s *Stack) Pop() (string, bool) {
	if len(s.items) == 0 {
		return "", false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Queue []int

func (q *Queue) Put(v int) { *q = append(*q, v) }
func (q *Queue) Get() int {
	v := (*q)[0]
	*q = (*q)[1:]
	return v
}

func main() {
	var s Stack
	for _, w := range []string{"a", "b", "c"} {
		s.Push(w)
	}
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s.items), cap(s.items))
	var q Queue
	for i := 1; i <= 5; i++ {
		q.Put(i * 10)
	}
	fmt.Println(q.Get(), q.Get(), q, len(q), cap(q))
	q.Put(60)
	fmt.Println(q, len(q), cap(q))
}
