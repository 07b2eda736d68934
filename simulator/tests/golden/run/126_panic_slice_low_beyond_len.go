// s[i:] with i greater than len(s) reports both bounds, [i:len].
package main

func main() {
	s := []int{1, 2, 3}
	i := 5
	_ = s[i:]
}
