./stack--shrink.go:8:20: calls does not escape
./stack--shrink.go:17:13: result does not escape
./stack--shrink.go:17:21: release does not escape
./stack--shrink.go:26:2: func literal escapes to heap in main:
./stack--shrink.go:26:2:   flow: {heap} ← &{storage for func literal}:
./stack--shrink.go:26:2:     from func literal (spill) at ./stack--shrink.go:26:2
./stack--shrink.go:26:2: main capturing by value: .autotmp_2 (addr=false assign=false width=8)
./stack--shrink.go:26:2: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
./stack--shrink.go:27:14: <-result escapes to heap in main:
./stack--shrink.go:27:14:   flow: {storage for ... argument} ← &{storage for <-result}:
./stack--shrink.go:27:14:     from <-result (spill) at ./stack--shrink.go:27:14
./stack--shrink.go:27:14:     from ... argument (slice-literal-element) at ./stack--shrink.go:27:13
./stack--shrink.go:27:14:   flow: {heap} ← {storage for ... argument}:
./stack--shrink.go:27:14:     from ... argument (spill) at ./stack--shrink.go:27:13
./stack--shrink.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./stack--shrink.go:27:13
./stack--shrink.go:27:24: "calls" escapes to heap in main:
./stack--shrink.go:27:24:   flow: {storage for ... argument} ← &{storage for "calls"}:
./stack--shrink.go:27:24:     from "calls" (spill) at ./stack--shrink.go:27:24
./stack--shrink.go:27:24:     from ... argument (slice-literal-element) at ./stack--shrink.go:27:13
./stack--shrink.go:27:24:   flow: {heap} ← {storage for ... argument}:
./stack--shrink.go:27:24:     from ... argument (spill) at ./stack--shrink.go:27:13
./stack--shrink.go:27:24:     from fmt.Println(... argument...) (call parameter) at ./stack--shrink.go:27:13
./stack--shrink.go:27:13: ... argument does not escape
./stack--shrink.go:27:14: <-result escapes to heap
./stack--shrink.go:27:24: "calls" escapes to heap
