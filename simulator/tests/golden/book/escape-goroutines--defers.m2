./escape-goroutines--defers.go:7:10: p does not escape
./escape-goroutines--defers.go:11:12: top capturing by value: .autotmp_1 (addr=false assign=false width=8)
./escape-goroutines--defers.go:12:2: top capturing by ref: b (addr=true assign=true width=8)
./escape-goroutines--defers.go:13:8: func literal does not escape
./escape-goroutines--defers.go:19:3: func literal escapes to heap in loop:
./escape-goroutines--defers.go:19:3:   flow: {heap} ← &{storage for func literal}:
./escape-goroutines--defers.go:19:3:     from func literal (spill) at ./escape-goroutines--defers.go:19:3
./escape-goroutines--defers.go:19:13: loop capturing by value: .autotmp_2 (addr=false assign=false width=8)
./escape-goroutines--defers.go:18:3: c escapes to heap in loop:
./escape-goroutines--defers.go:18:3:   flow: .autotmp_2 ← &c:
./escape-goroutines--defers.go:18:3:     from &c (address-of) at ./escape-goroutines--defers.go:19:13
./escape-goroutines--defers.go:18:3:     from .autotmp_2 = &c (assign-pair) at ./escape-goroutines--defers.go:19:3
./escape-goroutines--defers.go:18:3:   flow: {storage for func literal} ← .autotmp_2:
./escape-goroutines--defers.go:18:3:     from .autotmp_2 (captured by a closure) at ./escape-goroutines--defers.go:19:13
./escape-goroutines--defers.go:18:3: moved to heap: c
./escape-goroutines--defers.go:26:14: total escapes to heap in main:
./escape-goroutines--defers.go:26:14:   flow: {storage for ... argument} ← &{storage for total}:
./escape-goroutines--defers.go:26:14:     from total (spill) at ./escape-goroutines--defers.go:26:14
./escape-goroutines--defers.go:26:14:     from ... argument (slice-literal-element) at ./escape-goroutines--defers.go:26:13
./escape-goroutines--defers.go:26:14:   flow: {heap} ← {storage for ... argument}:
./escape-goroutines--defers.go:26:14:     from ... argument (spill) at ./escape-goroutines--defers.go:26:13
./escape-goroutines--defers.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./escape-goroutines--defers.go:26:13
./escape-goroutines--defers.go:26:13: ... argument does not escape
./escape-goroutines--defers.go:26:14: total escapes to heap
