// A hand-written free list (object pool): released objects are stored in
// a slice inside the pool, so everything put in it escapes.
package main

import "fmt"

type Buffer struct {
	data [64]byte
	n    int
}

type Pool struct {
	free []*Buffer
	made int
}

func (p *Pool) Get() *Buffer {
	if n := len(p.free); n > 0 {
		b := p.free[n-1]
		p.free = p.free[:n-1]
		return b
	}
	p.made++
	return new(Buffer)
}

func (p *Pool) Put(b *Buffer) {
	b.n = 0
	p.free = append(p.free, b)
}

func main() {
	var pool Pool
	for range 3 {
		b := pool.Get()
		b.data[0] = 'x'
		b.n = 1
		pool.Put(b)
	}
	fmt.Println(pool.made, len(pool.free))
}
