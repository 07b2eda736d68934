// a loop with a condition is not a terminating statement
package main

func find(s []int) int {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return i
		}
	}
}

func main() {
	_ = find(nil)
}
