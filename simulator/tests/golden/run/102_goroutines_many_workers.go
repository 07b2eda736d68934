// A thousand goroutines each send one result on a shared buffered channel;
// the sum and count do not depend on the scheduling order.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	const n = 1000
	results := make(chan int, n)
	for i := 1; i <= n; i++ {
		go func(k int) {
			if k%100 == 0 {
				runtime.Gosched()
			}
			results <- k * 2
		}(i)
	}
	sum, minV, maxV := 0, 1<<62, 0
	for i := 0; i < n; i++ {
		v := <-results
		sum += v
		minV = min(minV, v)
		maxV = max(maxV, v)
	}
	fmt.Println(sum, minV, maxV, len(results))
}
