./escape-goroutines--spawn.go:7:11: p does not escape
./escape-goroutines--spawn.go:22:13: new(int) does not escape
./escape-goroutines--spawn.go:14:2: func literal escapes to heap in spawn:
./escape-goroutines--spawn.go:14:2:   flow: {heap} ← &{storage for func literal}:
./escape-goroutines--spawn.go:14:2:     from func literal (spill) at ./escape-goroutines--spawn.go:14:2
./escape-goroutines--spawn.go:17:5: func literal escapes to heap in spawn:
./escape-goroutines--spawn.go:17:5:   flow: {heap} ← &{storage for func literal}:
./escape-goroutines--spawn.go:17:5:     from func literal (spill) at ./escape-goroutines--spawn.go:17:5
./escape-goroutines--spawn.go:22:2: func literal escapes to heap in spawn:
./escape-goroutines--spawn.go:22:2:   flow: {heap} ← &{storage for func literal}:
./escape-goroutines--spawn.go:22:2:     from func literal (spill) at ./escape-goroutines--spawn.go:22:2
./escape-goroutines--spawn.go:14:10: spawn capturing by value: .autotmp_2 (addr=false assign=false width=8)
./escape-goroutines--spawn.go:16:2: spawn capturing by ref: b (addr=false assign=true width=8)
./escape-goroutines--spawn.go:16:2: b escapes to heap in spawn:
./escape-goroutines--spawn.go:16:2:   flow: {storage for func literal} ← &b:
./escape-goroutines--spawn.go:16:2:     from b (captured by a closure) at ./escape-goroutines--spawn.go:18:3
./escape-goroutines--spawn.go:16:2:     from b (reference) at ./escape-goroutines--spawn.go:18:3
./escape-goroutines--spawn.go:13:2: a escapes to heap in spawn:
./escape-goroutines--spawn.go:13:2:   flow: .autotmp_2 ← &a:
./escape-goroutines--spawn.go:13:2:     from &a (address-of) at ./escape-goroutines--spawn.go:14:10
./escape-goroutines--spawn.go:13:2:     from .autotmp_2 = &a (assign-pair) at ./escape-goroutines--spawn.go:14:2
./escape-goroutines--spawn.go:13:2:   flow: {storage for func literal} ← .autotmp_2:
./escape-goroutines--spawn.go:13:2:     from .autotmp_2 (captured by a closure) at ./escape-goroutines--spawn.go:14:10
./escape-goroutines--spawn.go:13:2: moved to heap: a
./escape-goroutines--spawn.go:16:2: moved to heap: b
./escape-goroutines--spawn.go:17:5: func literal escapes to heap
./escape-goroutines--spawn.go:28:19: spawn() escapes to heap in main:
./escape-goroutines--spawn.go:28:19:   flow: {storage for ... argument} ← &{storage for spawn()}:
./escape-goroutines--spawn.go:28:19:     from spawn() (spill) at ./escape-goroutines--spawn.go:28:19
./escape-goroutines--spawn.go:28:19:     from ... argument (slice-literal-element) at ./escape-goroutines--spawn.go:28:13
./escape-goroutines--spawn.go:28:19:   flow: {heap} ← {storage for ... argument}:
./escape-goroutines--spawn.go:28:19:     from ... argument (spill) at ./escape-goroutines--spawn.go:28:13
./escape-goroutines--spawn.go:28:19:     from fmt.Println(... argument...) (call parameter) at ./escape-goroutines--spawn.go:28:13
./escape-goroutines--spawn.go:28:13: ... argument does not escape
./escape-goroutines--spawn.go:28:19: spawn() escapes to heap
