// A state machine driven by typed events through a type switch; events are
// boxed when sent as interfaces.
package main

import "fmt"

type Event interface{ isEvent() }

type Coin struct{ cents int }
type Push struct{}

func (Coin) isEvent() {}
func (Push) isEvent() {}

type State int

const (
	Locked State = iota
	Unlocked
)

func (s State) String() string {
	switch s {
	case Locked:
		return "locked"
	case Unlocked:
		return "unlocked"
	}
	return "?"
}

func step(s State, e Event) State {
	switch ev := e.(type) {
	case Coin:
		if ev.cents >= 25 {
			return Unlocked
		}
	case Push:
		return Locked
	}
	return s
}

func main() {
	s := Locked
	events := []Event{Coin{10}, Coin{25}, Push{}, Coin{50}}
	for _, e := range events {
		s = step(s, e)
		fmt.Println(s)
	}
}
