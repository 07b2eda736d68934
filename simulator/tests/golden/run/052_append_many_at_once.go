// Appending several elements at once: when the new length exceeds twice the
// old capacity, the new capacity starts from the needed length (then rounds).
package main

import "fmt"

func main() {
	for k := 1; k <= 20; k++ {
		src := make([]int, k)
		s := append([]int(nil), src...)
		b := append([]byte(nil), make([]byte, k)...)
		fmt.Printf("k=%2d ints cap %2d bytes cap %2d\n", k, cap(s), cap(b))
	}
	s := make([]int, 3, 4)
	s = append(s, 1, 2)
	fmt.Println(len(s), cap(s))
	s = append(s, make([]int, 20)...)
	fmt.Println(len(s), cap(s))
	bs := append([]byte("hi"), " there, world"...)
	fmt.Println(string(bs), len(bs), cap(bs))
}
