package main

type logger struct{ prefix string }

var last *logger

func (l *logger) register() { last = l }
func (l *logger) size() int { return len(l.prefix) }

type service struct {
	logger
	name string
}

type handle struct {
	*logger
	id int
}

func main() {
	var s service
	_ = s.size()
	var r service
	r.register()
	h := handle{&logger{"[h] "}, 1}
	h.register()
}
