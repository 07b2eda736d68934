// 018_map_growth.go: Swiss-table growth steps of escaping maps (small map ->
// table of 16 at the 9th insert -> doubling at 7/8 load), hints, other key and
// value types. All sizes stay below 897 entries, where growth is deterministic.
package main

var (
	sinkMap   map[int]int
	sinkMapSS map[string]string
	sinkMapIB map[int][100]byte
	sinkMapPB map[int]*int
	gm        = map[int]int{}
	hint9     = 9
	hint15    = 15
	hint1000  = 1000
	names     = []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}
)

func fill(n int) map[int]int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	return m
}

func MapGrow14()  { sinkMap = fill(14) }
func MapGrow15()  { sinkMap = fill(15) }
func MapGrow28()  { sinkMap = fill(28) }
func MapGrow29()  { sinkMap = fill(29) }
func MapGrow57()  { sinkMap = fill(57) }
func MapGrow500() { sinkMap = fill(500) }
func MapGrow896() { sinkMap = fill(896) }

func MapHint9Escape()    { sinkMap = make(map[int]int, hint9) }
func MapHint15Escape()   { sinkMap = make(map[int]int, hint15) }
func MapHint1000Escape() { sinkMap = make(map[int]int, hint1000) }

func MapStringString10() { // 10 string -> string entries: groups of 8 x 32-byte slots
	m := make(map[string]string)
	for _, n := range names {
		m[n] = n
	}
	sinkMapSS = m
}

// 100-byte values still live in the group slots (only elements over 128 B are
// stored indirectly): the header and one 1024-byte group
func MapBigValues() {
	m := make(map[int][100]byte)
	for i := 0; i < 3; i++ {
		m[i] = [100]byte{}
	}
	sinkMapIB = m
}

func MapPointerValues() {
	m := make(map[int]*int)
	for i := 0; i < 3; i++ {
		m[i] = nil
	}
	sinkMapPB = m
}

func MapDeleteReinsert() { // deleting and re-inserting in an existing map: no allocation
	delete(gm, 3)
	gm[3] = 3
}

func MapLiteral10Escape() {
	sinkMap = map[int]int{1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10}
}

func MapLocalLiteralSmall() { // a small map literal that does not escape
	m := map[int]int{1: 10, 2: 20}
	gm[0] = m[1] + len(m)
}

func main() {}
