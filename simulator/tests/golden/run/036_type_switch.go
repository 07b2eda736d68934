// A type switch picks a case by dynamic type; in a single-type case the
// variable has that type, in a multi-type case it keeps the interface type.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d doubled %d", x, x*2)
	case string:
		return fmt.Sprintf("string of length %d", len(x))
	case bool, float64:
		return fmt.Sprintf("bool or float64: %v (%T)", x, x)
	case Celsius:
		return fmt.Sprintf("%.1f degrees", float64(x))
	case error:
		return "error: " + x.Error()
	case []int:
		return fmt.Sprint("ints ", len(x))
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type pt struct{ x, y int }

func (p pt) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func main() {
	vals := []any{nil, 21, "héllo", true, 2.5, Celsius(36.6), errors.New("bad"), []int{1, 2}, pt{1, 2}, int8(3), map[string]int{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
}
