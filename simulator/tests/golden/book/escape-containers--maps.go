package main

var shared map[string]int

func maps() int {
	m := make(map[*int]*int)
	k1, v1 := 1, 2
	m[&k1] = &v1
	k2 := 3
	_ = m[&k2]
	k3 := 4
	delete(m, &k3)
	shared = make(map[string]int)
	return len(m)
}

func main() { _ = maps() }
