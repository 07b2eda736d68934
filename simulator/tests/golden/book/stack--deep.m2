./stack--deep.go:7:20: calls does not escape
./stack--deep.go:16:13: done does not escape
./stack--deep.go:24:2: func literal escapes to heap in main:
./stack--deep.go:24:2:   flow: {heap} ← &{storage for func literal}:
./stack--deep.go:24:2:     from func literal (spill) at ./stack--deep.go:24:2
./stack--deep.go:24:2: main capturing by value: .autotmp_1 (addr=false assign=false width=8)
./stack--deep.go:25:14: <-done escapes to heap in main:
./stack--deep.go:25:14:   flow: {storage for ... argument} ← &{storage for <-done}:
./stack--deep.go:25:14:     from <-done (spill) at ./stack--deep.go:25:14
./stack--deep.go:25:14:     from ... argument (slice-literal-element) at ./stack--deep.go:25:13
./stack--deep.go:25:14:   flow: {heap} ← {storage for ... argument}:
./stack--deep.go:25:14:     from ... argument (spill) at ./stack--deep.go:25:13
./stack--deep.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./stack--deep.go:25:13
./stack--deep.go:25:22: "calls" escapes to heap in main:
./stack--deep.go:25:22:   flow: {storage for ... argument} ← &{storage for "calls"}:
./stack--deep.go:25:22:     from "calls" (spill) at ./stack--deep.go:25:22
./stack--deep.go:25:22:     from ... argument (slice-literal-element) at ./stack--deep.go:25:13
./stack--deep.go:25:22:   flow: {heap} ← {storage for ... argument}:
./stack--deep.go:25:22:     from ... argument (spill) at ./stack--deep.go:25:13
./stack--deep.go:25:22:     from fmt.Println(... argument...) (call parameter) at ./stack--deep.go:25:13
./stack--deep.go:25:13: ... argument does not escape
./stack--deep.go:25:14: <-done escapes to heap
./stack--deep.go:25:22: "calls" escapes to heap
