// 021_strings.go: string concatenation sizes around the tiny (16 B) and
// stack-buffer (32 B) limits, conversions and their size classes.
package main

var (
	sinkStr   string
	sinkInt   int
	sinkBytes []byte
	sinkRunes []rune
	s1        = "a"
	s7        = "abcdefg"
	s8        = "abcdefgh"
	s16       = "abcdefghijklmnop"
	s17       = "abcdefghijklmnopq"
	s50       = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwx"
	b1        = []byte("z")
	b0        = []byte{}
	b100      = make([]byte, 100)
	r3        = []rune("héé")
	uni       = "héllo, 世界"
)

func Concat2Escape()    { sinkStr = s1 + s1 }       // 2 bytes: tiny
func Concat15Escape()   { sinkStr = s7 + s8 }       // 15 bytes: tiny
func Concat16Escape()   { sinkStr = s8 + s8 }       // 16 bytes: size class 16, not tiny
func Concat24Escape()   { sinkStr = s8 + s16 }      // 24 bytes
func Concat33Escape()   { sinkStr = s16 + s17 }     // 33 bytes -> 48
func Concat100Escape()  { sinkStr = s50 + s50 }     // 100 bytes -> 112
func Concat3Escape()    { sinkStr = s1 + s7 + s16 } // three operands, one allocation
func Concat32NoEscape() { s := s16 + s16; sinkInt = len(s) }
func Concat33NoEscape() { s := s16 + s17; sinkInt = len(s) }

func StrFromBytes1Escape()   { sinkStr = string(b1) }   // one byte: static table
func StrFromBytes0Escape()   { sinkStr = string(b0) }   // empty: no allocation
func StrFromBytes100Escape() { sinkStr = string(b100) } // -> 112
func BytesFromStr17Escape()  { sinkBytes = []byte(s17) }
func BytesFromStr50Escape()  { sinkBytes = []byte(s50) }
func RunesFromStrEscape()    { sinkRunes = []rune(uni) } // 9 runes x 4 bytes
func RunesFromStrNoEscape()  { r := []rune(uni); sinkInt = len(r) }
func StrFromRunesEscape()    { sinkStr = string(r3) }
func StrFromRuneNoEscape()   { s := string(rune(sinkInt + 0x4e16)); sinkInt = len(s) }

func ConcatLoop10Escape() { // += ten times from ""
	s := ""
	for i := 0; i < 10; i++ {
		s += s1
	}
	sinkStr = s
}

func main() {}
