./stack--frames.go:17:24: sumSquares(3, 4) escapes to heap in main:
./stack--frames.go:17:24:   flow: {storage for ... argument} ← &{storage for sumSquares(3, 4)}:
./stack--frames.go:17:24:     from sumSquares(3, 4) (spill) at ./stack--frames.go:17:24
./stack--frames.go:17:24:     from ... argument (slice-literal-element) at ./stack--frames.go:17:13
./stack--frames.go:17:24:   flow: {heap} ← {storage for ... argument}:
./stack--frames.go:17:24:     from ... argument (spill) at ./stack--frames.go:17:13
./stack--frames.go:17:24:     from fmt.Println(... argument...) (call parameter) at ./stack--frames.go:17:13
./stack--frames.go:17:13: ... argument does not escape
./stack--frames.go:17:24: sumSquares(3, 4) escapes to heap
