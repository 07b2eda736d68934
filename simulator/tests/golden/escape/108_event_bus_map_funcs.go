// An event bus: map[string][]func(string); handlers are closures stored in
// the map (escape), calls through them are dynamic.
package main

import "fmt"

type Bus struct {
	handlers map[string][]func(string)
}

func NewBus() *Bus { return &Bus{handlers: map[string][]func(string){}} }

func (b *Bus) On(topic string, h func(string)) {
	b.handlers[topic] = append(b.handlers[topic], h)
}

func (b *Bus) Emit(topic, msg string) int {
	n := 0
	for _, h := range b.handlers[topic] {
		h(msg)
		n++
	}
	return n
}

func main() {
	bus := NewBus()
	var log []string
	bus.On("greet", func(m string) { log = append(log, "A:"+m) })
	bus.On("greet", func(m string) { log = append(log, "B:"+m) })
	count := 0
	bus.On("count", func(string) { count++ })
	bus.Emit("greet", "hi")
	bus.Emit("count", "")
	fmt.Println(log, count)
}
