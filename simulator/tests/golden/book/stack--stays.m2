./stack--stays.go:7:14: p does not escape
./stack--stays.go:21:2: Work capturing by value: scale (addr=false assign=false width=8)
./stack--stays.go:17:7: &point{...} does not escape
./stack--stays.go:19:13: make([]int, 0, 8) does not escape
./stack--stays.go:20:14: append does not escape
./stack--stays.go:22:12: func literal does not escape
./stack--stays.go:31:14: result escapes to heap in main:
./stack--stays.go:31:14:   flow: {storage for ... argument} ← &{storage for result}:
./stack--stays.go:31:14:     from result (spill) at ./stack--stays.go:31:14
./stack--stays.go:31:14:     from ... argument (slice-literal-element) at ./stack--stays.go:31:13
./stack--stays.go:31:14:   flow: {heap} ← {storage for ... argument}:
./stack--stays.go:31:14:     from ... argument (spill) at ./stack--stays.go:31:13
./stack--stays.go:31:14:     from fmt.Println(... argument...) (call parameter) at ./stack--stays.go:31:13
./stack--stays.go:31:13: ... argument does not escape
./stack--stays.go:31:14: result escapes to heap
