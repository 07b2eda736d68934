// 005_strings.go: concatenation (32-byte tmpBuf), []byte(s), string(b), string(rune).
// From the reference cases; dropped: ItoaSmallEscape, ItoaBigEscape (strconv),
// BuilderFiveWrites (strings.Builder).
package main

var (
	sinkInt   int
	sinkStr   string
	sinkBytes []byte
	sinkBool  bool
	a5        = "hello"                                    // 5 bytes
	b6        = " world"                                   // 6 bytes
	s20       = "abcdefghijklmnopqrst"                     // 20 bytes
	s40       = "abcdefghijklmnopqrstuvwxyz0123456789ABCD" // 40 bytes
	bs5       = []byte("hello")
	bs40      = []byte("abcdefghijklmnopqrstuvwxyz0123456789ABCD")
	m         = map[string]int{"hello": 1}
	num12345  = 12345
	num42     = 42
	parts     = []string{"a", "b", "c", "d", "e", "f"}
)

func ConcatNoEscape11() { // result 11 bytes: fits the 32-byte stack tmpBuf
	s := a5 + b6
	sinkInt = len(s)
}

func ConcatNoEscape40() { // result 40 bytes > 32: heap
	s := s20 + s20
	sinkInt = len(s)
}

func ConcatEscape11() {
	sinkStr = a5 + b6
}

func ConcatEscape40() {
	sinkStr = s20 + s20
}

func Concat6Escape() {
	sinkStr = parts[0] + parts[1] + parts[2] + parts[3] + parts[4] + parts[5]
}

func ConcatLoopEscape() { // s += in a loop: one allocation per step
	s := ""
	for i := 0; i < 5; i++ {
		s += a5
	}
	sinkStr = s
}

func ConcatEmptyOperand() { // "" + s returns s without copying
	e := ""
	sinkStr = e + a5
}

func BytesFromStrNoEscape5() {
	b := []byte(a5)
	sinkInt = int(b[0]) + len(b)
}

func BytesFromStrNoEscape40() {
	b := []byte(s40)
	sinkInt = int(b[0]) + len(b)
}

func BytesFromStrEscape5() {
	sinkBytes = []byte(a5)
}

func BytesFromConstNoEscape() {
	b := []byte("constant")
	sinkInt = int(b[0]) + len(b)
}

func StrFromBytesNoEscape5() {
	s := string(bs5)
	sinkInt = len(s) + int(s[0])
}

func StrFromBytesNoEscape40() {
	s := string(bs40)
	sinkInt = len(s) + int(s[0])
}

func StrFromBytesEscape5() {
	sinkStr = string(bs5)
}

func StrFromBytesEscape40() {
	sinkStr = string(bs40)
}

func StrFromBytesMapKey() { // m[string(b)] never allocates
	sinkInt = m[string(bs5)]
}

func StrFromBytesCompare() {
	sinkBool = string(bs5) == "hello"
}

func RangeBytesOfStr() {
	n := 0
	for _, c := range []byte(s40) {
		n += int(c)
	}
	sinkInt = n
}

func StrFromRune() {
	sinkStr = string(rune(num42 + 23)) // "A"
}

func SubstringEscape() { // substring shares bytes: no allocation
	sinkStr = s40[3:10]
}

func main() {}
