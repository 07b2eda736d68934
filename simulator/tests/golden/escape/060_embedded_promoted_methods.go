// m2
// Embedded structs: promoted methods called through the outer value take
// the address of the embedded field; an embedded pointer is just a field.
package main

import "fmt"

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) string { return l.prefix + msg }
func (l Logger) Prefix() string        { return l.prefix }

type Service struct {
	Logger
	name string
}

type PtrService struct {
	*Logger
	id int
}

var lastLogger *Logger

func (l *Logger) Register() { lastLogger = l }

func main() {
	s := Service{Logger{"[svc] "}, "db"}
	out := s.Log("up")
	p := PtrService{&Logger{"[ptr] "}, 1}
	out2 := p.Log("ok")
	var r Service
	r.Register()
	fmt.Println(out, out2, s.Prefix(), p.Prefix(), lastLogger == &r.Logger)
}
