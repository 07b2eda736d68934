./stack--recurse.go:13:19: depth(12) escapes to heap in main:
./stack--recurse.go:13:19:   flow: {storage for ... argument} ← &{storage for depth(12)}:
./stack--recurse.go:13:19:     from depth(12) (spill) at ./stack--recurse.go:13:19
./stack--recurse.go:13:19:     from ... argument (slice-literal-element) at ./stack--recurse.go:13:13
./stack--recurse.go:13:19:   flow: {heap} ← {storage for ... argument}:
./stack--recurse.go:13:19:     from ... argument (spill) at ./stack--recurse.go:13:13
./stack--recurse.go:13:19:     from fmt.Println(... argument...) (call parameter) at ./stack--recurse.go:13:13
./stack--recurse.go:13:13: ... argument does not escape
./stack--recurse.go:13:19: depth(12) escapes to heap
