// Go 1.26's slice pass: a slice built by appends that escapes at one place only is built
// in a 32-byte frame buffer and copied to the heap there, once (move2heap); when its
// capacity is observable the appends reuse the buffer (growsliceBuf).
package main

var (
	sinkInts  []int
	sinkBytes []byte
	sinkPtrs  []*int
	sinkTrip  [][3]int
	sinkN     int
)

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func buildCap(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	sinkN = cap(s)
	return s
}

func buildNamed(n int) (s []int) {
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return
}

func buildBytes(n int) []byte {
	var b []byte
	for i := 0; i < n; i++ {
		b = append(b, byte('a'+i%26))
	}
	return b
}

func buildPtrs(n int) []*int {
	var s []*int
	x := new(int)
	for i := 0; i < n; i++ {
		s = append(s, x)
	}
	return s
}

func buildTriples(n int) [][3]int {
	var s [][3]int
	for i := 0; i < n; i++ {
		s = append(s, [3]int{i, i, i})
	}
	return s
}

func sum(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return t
}

func buildPassed(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	sinkN = sum(s)
	return s
}

func buildAddrTaken(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	p := &s[0]
	sinkN = *p
	return s
}

func buildRanged(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	for _, v := range s {
		sinkN += v
	}
	return s
}

func buildOnce(n int) []int {
	var s []int
	s = append(s, n)
	return s
}

func Build0()          { sinkInts = build(0) }
func Build3()          { sinkInts = build(3) }
func Build4()          { sinkInts = build(4) }
func Build5()          { sinkInts = build(5) }
func Build40()         { sinkInts = build(40) }
func BuildCap3()       { sinkInts = buildCap(3) }
func BuildCap4()       { sinkInts = buildCap(4) }
func BuildCap9()       { sinkInts = buildCap(9) }
func BuildNamed3()     { sinkInts = buildNamed(3) }
func BuildBytes5()     { sinkBytes = buildBytes(5) }
func BuildBytes20()    { sinkBytes = buildBytes(20) }
func BuildBytes33()    { sinkBytes = buildBytes(33) }
func BuildPtrs3()      { sinkPtrs = buildPtrs(3) }
func BuildTriples1()   { sinkTrip = buildTriples(1) }
func BuildTriples2()   { sinkTrip = buildTriples(2) }
func BuildPassed3()    { sinkInts = buildPassed(3) }
func BuildAddrTaken3() { sinkInts = buildAddrTaken(3) }
func BuildRanged3()    { sinkInts = buildRanged(3) }
func BuildOnce()       { sinkInts = buildOnce(7) }

func main() {}
