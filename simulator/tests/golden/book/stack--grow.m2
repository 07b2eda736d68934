./stack--grow.go:16:14: total escapes to heap in main:
./stack--grow.go:16:14:   flow: {storage for ... argument} ← &{storage for total}:
./stack--grow.go:16:14:     from total (spill) at ./stack--grow.go:16:14
./stack--grow.go:16:14:     from ... argument (slice-literal-element) at ./stack--grow.go:16:13
./stack--grow.go:16:14:   flow: {heap} ← {storage for ... argument}:
./stack--grow.go:16:14:     from ... argument (spill) at ./stack--grow.go:16:13
./stack--grow.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./stack--grow.go:16:13
./stack--grow.go:16:13: ... argument does not escape
./stack--grow.go:16:14: total escapes to heap
