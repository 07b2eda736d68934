// 006_maps.go: map creation (small/large, escaping or not), insertion, growth.
package main

var (
	sinkInt  int
	sinkMap  map[int]int
	sinkMapS map[string]int
	hint100  = 100
	keys     = []string{"alpha", "beta", "gamma"}
	gm       = map[int]int{}
)

func MapMakeNoEscape() { // small, non-escaping: header + one group on the stack
	m := make(map[int]int)
	m[1] = 10
	m[2] = 20
	sinkInt = m[1] + len(m)
}

func MapMakeNoEscape9() { // 9 entries: outgrows the stack group
	m := make(map[int]int)
	for i := 0; i < 9; i++ {
		m[i] = i
	}
	sinkInt = len(m)
}

func MapMakeEscapeEmpty() {
	sinkMap = make(map[int]int)
}

func MapMakeEscape1() {
	m := make(map[int]int)
	m[1] = 1
	sinkMap = m
}

func MapMakeEscape8() {
	m := make(map[int]int)
	for i := 0; i < 8; i++ {
		m[i] = i
	}
	sinkMap = m
}

func MapMakeEscape9() {
	m := make(map[int]int)
	for i := 0; i < 9; i++ {
		m[i] = i
	}
	sinkMap = m
}

func MapMakeEscape100() {
	m := make(map[int]int)
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	sinkMap = m
}

func MapMakeHint100Escape() { // hint: allocate once up front
	m := make(map[int]int, hint100)
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	sinkMap = m
}

func MapLiteralEscape() {
	sinkMapS = map[string]int{"a": 1, "b": 2}
}

func MapLookupExisting() { // reads and overwrites of existing keys: no allocation
	gm[5] = gm[5] + 1
}

func MapStringKeysEscape() {
	m := make(map[string]int)
	for i, k := range keys {
		m[k] = i
	}
	sinkMapS = m
}

func MapClearRefill() { // clear keeps the storage
	clear(gm)
	for i := 0; i < 8; i++ {
		gm[i] = i
	}
}

func main() {}
