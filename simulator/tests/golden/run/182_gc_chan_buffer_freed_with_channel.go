// A buffered channel of pointers has its buffer allocated apart from the channel (Go's
// makechan: an hchan, then a buffer the collector must scan). The buffer lives as long as
// the channel: once no variable reaches the channel, the collector frees both.
package main

import (
	"fmt"
	"runtime"
)

var sink chan *int

func main() {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		sink = make(chan *int, 16) // an hchan and a 128-byte buffer each
	}
	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("allocated at least 2000 objects:", after.Mallocs-before.Mallocs >= 2000)
	fmt.Println("freed at least 2000 objects:", after.Frees-before.Frees >= 2000)
	fmt.Println("live heap grew by under 10000 bytes:", after.HeapAlloc-before.HeapAlloc < 10000)
}
