// 023_large_objects.go: the largest size class is 32768 B; anything bigger is
// a large object rounded up to whole 8 KiB pages; pointerful objects carry a
// malloc header (+8 B) above 512 B.
package main

var (
	sinkA32760 *[32760]byte
	sinkA32768 *[32768]byte
	sinkA32769 *[32769]byte
	sinkA40961 *[40961]byte
	sinkP4095  *[4095]*int
	sinkP4096  *[4096]*int
	sinkP64    *[64]*int
	sinkP65    *[65]*int
	sinkBytes  []byte
	n100000    = 100000
)

func New32760Escape()  { sinkA32760 = new([32760]byte) }
func New32768Escape()  { sinkA32768 = new([32768]byte) }
func New32769Escape()  { sinkA32769 = new([32769]byte) } // large: 5 pages
func New40961Escape()  { sinkA40961 = new([40961]byte) } // 6 pages
func NewPtrs4095()     { sinkP4095 = new([4095]*int) }   // 32760 B + header = 32768
func NewPtrs4096()     { sinkP4096 = new([4096]*int) }   // 32768 B: a large object (4 pages), no header
func NewPtrs64()       { sinkP64 = new([64]*int) }       // 512 B: no header
func NewPtrs65()       { sinkP65 = new([65]*int) }       // 520 B + header -> 576
func MakeBytes100000() { sinkBytes = make([]byte, n100000) }

func main() {}
