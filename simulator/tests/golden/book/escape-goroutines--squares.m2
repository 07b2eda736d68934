./escape-goroutines--squares.go:5:20: results does not escape
./escape-goroutines--squares.go:11:2: func literal escapes to heap in main:
./escape-goroutines--squares.go:11:2:   flow: {heap} ← &{storage for func literal}:
./escape-goroutines--squares.go:11:2:     from func literal (spill) at ./escape-goroutines--squares.go:11:2
./escape-goroutines--squares.go:12:2: func literal escapes to heap in main:
./escape-goroutines--squares.go:12:2:   flow: {heap} ← &{storage for func literal}:
./escape-goroutines--squares.go:12:2:     from func literal (spill) at ./escape-goroutines--squares.go:12:2
./escape-goroutines--squares.go:11:15: main capturing by value: .autotmp_1 (addr=false assign=false width=8)
./escape-goroutines--squares.go:12:15: main capturing by value: .autotmp_2 (addr=false assign=false width=8)
./escape-goroutines--squares.go:15:16: a + b escapes to heap in main:
./escape-goroutines--squares.go:15:16:   flow: {storage for ... argument} ← &{storage for a + b}:
./escape-goroutines--squares.go:15:16:     from a + b (spill) at ./escape-goroutines--squares.go:15:16
./escape-goroutines--squares.go:15:16:     from ... argument (slice-literal-element) at ./escape-goroutines--squares.go:15:13
./escape-goroutines--squares.go:15:16:   flow: {heap} ← {storage for ... argument}:
./escape-goroutines--squares.go:15:16:     from ... argument (spill) at ./escape-goroutines--squares.go:15:13
./escape-goroutines--squares.go:15:16:     from fmt.Println(... argument...) (call parameter) at ./escape-goroutines--squares.go:15:13
./escape-goroutines--squares.go:15:13: ... argument does not escape
./escape-goroutines--squares.go:15:16: a + b escapes to heap
