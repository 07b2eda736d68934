// m2
// A singly linked list: every node allocated in a method escapes because
// it is stored through the list pointer; traversal does not allocate.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) PushFront(v int) {
	l.head = &Node{Val: v, Next: l.head}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	if l.head == nil {
		l.head = n
	} else {
		cur := l.head
		for cur.Next != nil {
			cur = cur.Next
		}
		cur.Next = n
	}
	l.size++
}

func (l *List) Sum() int {
	s := 0
	for n := l.head; n != nil; n = n.Next {
		s += n.Val
	}
	return s
}

func (l *List) Reverse() {
	var prev *Node
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func main() {
	var l List
	for i := 1; i <= 3; i++ {
		l.PushFront(i)
	}
	l.PushBack(10)
	l.Reverse()
	fmt.Println(l.size, l.Sum(), l.head.Val)
}
