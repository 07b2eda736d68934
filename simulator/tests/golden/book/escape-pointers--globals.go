package main

type config struct {
	name *string
}

var (
	current *int
	cfg     config
	table   [4]*int
)

func setCurrent() {
	x := 1
	current = &x
}

func setName() {
	s := "prod"
	cfg.name = &s
}

func setSlot() {
	y := 2
	table[0] = &y
}

func readOnly() int {
	z := 3
	p := &z
	return *p + *current
}

func main() {
	setCurrent()
	setName()
	setSlot()
	_ = readOnly()
}
