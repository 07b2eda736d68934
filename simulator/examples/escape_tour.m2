./escape_tour.go:16:7: c does not escape
./escape_tour.go:23:2: c escapes to heap in newCounter:
./escape_tour.go:23:2:   flow: ~r0 ← &c:
./escape_tour.go:23:2:     from &c (address-of) at ./escape_tour.go:24:9
./escape_tour.go:23:2:     from return &c (return) at ./escape_tour.go:24:2
./escape_tour.go:23:2: moved to heap: c
./escape_tour.go:42:14: make([]int, 10000) escapes to heap in buffers:
./escape_tour.go:42:14:   flow: {heap} ← &{storage for make([]int, 10000)}:
./escape_tour.go:42:14:     from make([]int, 10000) (too large for stack) at ./escape_tour.go:42:14
./escape_tour.go:40:15: make([]int, 8) does not escape
./escape_tour.go:41:15: make([]int, n) does not escape
./escape_tour.go:42:14: make([]int, 10000) escapes to heap
./escape_tour.go:49:2: makeAdder capturing by ref: total (addr=false assign=true width=8)
./escape_tour.go:50:9: func literal escapes to heap in makeAdder:
./escape_tour.go:50:9:   flow: ~r0 ← &{storage for func literal}:
./escape_tour.go:50:9:     from func literal (spill) at ./escape_tour.go:50:9
./escape_tour.go:50:9:     from return func literal (return) at ./escape_tour.go:50:2
./escape_tour.go:49:2: total escapes to heap in makeAdder:
./escape_tour.go:49:2:   flow: {storage for func literal} ← &total:
./escape_tour.go:49:2:     from total (captured by a closure) at ./escape_tour.go:51:3
./escape_tour.go:49:2:     from total (reference) at ./escape_tour.go:51:3
./escape_tour.go:49:2: moved to heap: total
./escape_tour.go:50:9: func literal escapes to heap
./escape_tour.go:71:14: n escapes to heap in main:
./escape_tour.go:71:14:   flow: {storage for ... argument} ← &{storage for n}:
./escape_tour.go:71:14:     from n (spill) at ./escape_tour.go:71:14
./escape_tour.go:71:14:     from ... argument (slice-literal-element) at ./escape_tour.go:71:13
./escape_tour.go:71:14:   flow: {heap} ← {storage for ... argument}:
./escape_tour.go:71:14:     from ... argument (spill) at ./escape_tour.go:71:13
./escape_tour.go:71:14:     from fmt.Println(... argument...) (call parameter) at ./escape_tour.go:71:13
./escape_tour.go:71:18: c.n escapes to heap in main:
./escape_tour.go:71:18:   flow: {storage for ... argument} ← &{storage for c.n}:
./escape_tour.go:71:18:     from c.n (spill) at ./escape_tour.go:71:18
./escape_tour.go:71:18:     from ... argument (slice-literal-element) at ./escape_tour.go:71:13
./escape_tour.go:71:18:   flow: {heap} ← {storage for ... argument}:
./escape_tour.go:71:18:     from ... argument (spill) at ./escape_tour.go:71:13
./escape_tour.go:71:18:     from fmt.Println(... argument...) (call parameter) at ./escape_tour.go:71:13
./escape_tour.go:71:13: ... argument does not escape
./escape_tour.go:71:14: n escapes to heap
./escape_tour.go:71:18: c.n escapes to heap
