./stack--pushpop.go:12:10: p does not escape
./stack--pushpop.go:19:14: n escapes to heap in main:
./stack--pushpop.go:19:14:   flow: {storage for ... argument} ← &{storage for n}:
./stack--pushpop.go:19:14:     from n (spill) at ./stack--pushpop.go:19:14
./stack--pushpop.go:19:14:     from ... argument (slice-literal-element) at ./stack--pushpop.go:19:13
./stack--pushpop.go:19:14:   flow: {heap} ← {storage for ... argument}:
./stack--pushpop.go:19:14:     from ... argument (spill) at ./stack--pushpop.go:19:13
./stack--pushpop.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./stack--pushpop.go:19:13
./stack--pushpop.go:19:13: ... argument does not escape
./stack--pushpop.go:19:14: n escapes to heap
