// 007_chan.go: channel creation and use.
package main

var (
	sinkCh  chan int
	sinkChP chan *int
	sinkChE chan struct{}
	sinkInt int
	bufCh   = make(chan int, 1)
)

func ChanUnbufferedEscape()    { sinkCh = make(chan int) }
func ChanBuffered10Escape()    { sinkCh = make(chan int, 10) }   // hchan+buffer in one object
func ChanPtrBuffered10Escape() { sinkChP = make(chan *int, 10) } // buffer has pointers: 2 objects
func ChanStructBuf10Escape()   { sinkChE = make(chan struct{}, 10) }

func ChanNoEscape() { // a channel that never leaves the function
	c := make(chan int, 1)
	c <- 1
	sinkInt = <-c
}

func ChanSendRecv() { // send/receive on an existing buffered channel
	bufCh <- 5
	sinkInt = <-bufCh
}

func main() {}
