// Recursion: factorial, Fibonacci with memo map, Towers of Hanoi move
// count, Ackermann for small inputs, and a recursive permutation generator.
package main

import "fmt"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int, memo map[int]int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fib(n-1, memo) + fib(n-2, memo)
	memo[n] = v
	return v
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 3 {
		fmt.Println("move disk 3 from", from, "to", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func ack(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func perms(prefix string, rest []byte, out *[]string) {
	if len(rest) == 0 {
		*out = append(*out, prefix)
		return
	}
	for i := range rest {
		next := make([]byte, 0, len(rest)-1)
		next = append(next, rest[:i]...)
		next = append(next, rest[i+1:]...)
		perms(prefix+string(rest[i]), next, out)
	}
}

func main() {
	fmt.Println(fact(10), fact(20), fact(21))
	fmt.Println(fib(90, map[int]int{}))
	moves := 0
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println("moves", moves)
	fmt.Println(ack(2, 3), ack(3, 3))
	var ps []string
	perms("", []byte("abc"), &ps)
	fmt.Println(ps)
}
