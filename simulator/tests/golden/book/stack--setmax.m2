./stack--setmax.go:16:14: "the limit was" escapes to heap in main:
./stack--setmax.go:16:14:   flow: {storage for ... argument} ← &{storage for "the limit was"}:
./stack--setmax.go:16:14:     from "the limit was" (spill) at ./stack--setmax.go:16:14
./stack--setmax.go:16:14:     from ... argument (slice-literal-element) at ./stack--setmax.go:16:13
./stack--setmax.go:16:14:   flow: {heap} ← {storage for ... argument}:
./stack--setmax.go:16:14:     from ... argument (spill) at ./stack--setmax.go:16:13
./stack--setmax.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./stack--setmax.go:16:13
./stack--setmax.go:16:31: old escapes to heap in main:
./stack--setmax.go:16:31:   flow: {storage for ... argument} ← &{storage for old}:
./stack--setmax.go:16:31:     from old (spill) at ./stack--setmax.go:16:31
./stack--setmax.go:16:31:     from ... argument (slice-literal-element) at ./stack--setmax.go:16:13
./stack--setmax.go:16:31:   flow: {heap} ← {storage for ... argument}:
./stack--setmax.go:16:31:     from ... argument (spill) at ./stack--setmax.go:16:13
./stack--setmax.go:16:31:     from fmt.Println(... argument...) (call parameter) at ./stack--setmax.go:16:13
./stack--setmax.go:16:36: "bytes" escapes to heap in main:
./stack--setmax.go:16:36:   flow: {storage for ... argument} ← &{storage for "bytes"}:
./stack--setmax.go:16:36:     from "bytes" (spill) at ./stack--setmax.go:16:36
./stack--setmax.go:16:36:     from ... argument (slice-literal-element) at ./stack--setmax.go:16:13
./stack--setmax.go:16:36:   flow: {heap} ← {storage for ... argument}:
./stack--setmax.go:16:36:     from ... argument (spill) at ./stack--setmax.go:16:13
./stack--setmax.go:16:36:     from fmt.Println(... argument...) (call parameter) at ./stack--setmax.go:16:13
./stack--setmax.go:16:13: ... argument does not escape
./stack--setmax.go:16:14: "the limit was" escapes to heap
./stack--setmax.go:16:31: old escapes to heap
./stack--setmax.go:16:36: "bytes" escapes to heap
