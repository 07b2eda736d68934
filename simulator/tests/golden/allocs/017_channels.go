// 017_channels.go: channel objects of several element types and sizes, and
// operations on existing channels (send, receive, select, close).
package main

var (
	sinkInt  int
	sinkChB  chan [16]byte
	sinkChS  chan string
	sinkChI  chan any
	sinkChE  chan struct{}
	sinkChI8 chan int8
	gCh      = make(chan int, 4)
	nVar     = 100
)

func ChanBytes16Cap4() { sinkChB = make(chan [16]byte, 4) } // 112 + 64, noscan
func ChanStringCap4()  { sinkChS = make(chan string, 4) }   // pointerful: header + buffer
func ChanAnyCap2()     { sinkChI = make(chan any, 2) }      // pointerful
func ChanEmptyUnbuf()  { sinkChE = make(chan struct{}) }    // just the header
func ChanInt8Cap100()  { sinkChI8 = make(chan int8, nVar) } // 112 + 100 -> 224
func ChanInt8Cap1000() { sinkChI8 = make(chan int8, 1000) } // 1112 -> 1152

func ChanCloseLocal() {
	c := make(chan int)
	close(c)
	_, ok := <-c
	if !ok {
		sinkInt++
	}
}

func ChanSelectDefault() { // select on an existing channel: no allocation
	select {
	case v := <-gCh:
		sinkInt = v
	default:
		sinkInt--
	}
}

func ChanSelectSendRecv() {
	select {
	case gCh <- 1:
	default:
	}
	select {
	case v := <-gCh:
		sinkInt = v
	default:
	}
}

func ChanFillDrain() {
	for i := 0; i < 4; i++ {
		gCh <- i
	}
	for i := 0; i < 4; i++ {
		sinkInt += <-gCh
	}
}

func main() {}
