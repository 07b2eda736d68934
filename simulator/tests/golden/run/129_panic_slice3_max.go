// A full slice expression whose max exceeds the capacity reports [::max].
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	k := 5
	fmt.Println(s[0:1:k])
}
