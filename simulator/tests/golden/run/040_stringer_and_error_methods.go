// fmt calls String() and Error() methods for %v, %s and Println, not for
// %d; Error wins over String; a value method works for pointers too.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type both struct{}

func (both) String() string { return "as string" }
func (both) Error() string  { return "as error" }

type temp struct{ deg float64 }

func (t temp) String() string { return fmt.Sprintf("%.1f°C", t.deg) }

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Blue)
	fmt.Println(both{})
	t := temp{21.5}
	fmt.Println(t, &t)
	fmt.Printf("%v|%s|%+v\n", t, t, t)
	fmt.Println([]Color{Red, Blue}, map[Color]int{Green: 1, Red: 2})
	fmt.Println(fmt.Sprint(Red, Blue), fmt.Sprint(Red, 1, 2, Blue))
}
