./stack--layout.go:7:11: r does not escape
./stack--layout.go:13:7: &rect{...} does not escape
./stack--layout.go:22:18: grid(3) escapes to heap in main:
./stack--layout.go:22:18:   flow: {storage for ... argument} ← &{storage for grid(3)}:
./stack--layout.go:22:18:     from grid(3) (spill) at ./stack--layout.go:22:18
./stack--layout.go:22:18:     from ... argument (slice-literal-element) at ./stack--layout.go:22:13
./stack--layout.go:22:18:   flow: {heap} ← {storage for ... argument}:
./stack--layout.go:22:18:     from ... argument (spill) at ./stack--layout.go:22:13
./stack--layout.go:22:18:     from fmt.Println(... argument...) (call parameter) at ./stack--layout.go:22:13
./stack--layout.go:22:13: ... argument does not escape
./stack--layout.go:22:18: grid(3) escapes to heap
