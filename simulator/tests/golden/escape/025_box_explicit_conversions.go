// Explicit conversions to interface types: any(x), interface{}(x),
// error(e), and to a named interface; rendering of each.
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

var sinks []any

func main() {
	n := len(sinks) + 3
	t := Temp(21.5)
	sinks = append(sinks, any(n))
	sinks = append(sinks, interface{}(n))
	sinks = append(sinks, Stringer(t))
	e := errors.New("boom")
	sinks = append(sinks, error(e))
	var st Stringer = Temp(n)
	fmt.Println(len(sinks), st.String(), sinks[2])
}
