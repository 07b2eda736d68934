./interview--where.go:6:2: n escapes to heap in newCount:
./interview--where.go:6:2:   flow: ~r0 ← &n:
./interview--where.go:6:2:     from &n (address-of) at ./interview--where.go:7:9
./interview--where.go:6:2:     from return &n (return) at ./interview--where.go:7:2
./interview--where.go:6:2: moved to heap: n
./interview--where.go:10:10: xs does not escape
./interview--where.go:11:14: new(int) does not escape
./interview--where.go:21:14: *c escapes to heap in main:
./interview--where.go:21:14:   flow: {storage for ... argument} ← &{storage for *c}:
./interview--where.go:21:14:     from *c (spill) at ./interview--where.go:21:14
./interview--where.go:21:14:     from ... argument (slice-literal-element) at ./interview--where.go:21:13
./interview--where.go:21:14:   flow: {heap} ← {storage for ... argument}:
./interview--where.go:21:14:     from ... argument (spill) at ./interview--where.go:21:13
./interview--where.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./interview--where.go:21:13
./interview--where.go:20:16: []int{...} does not escape
./interview--where.go:21:13: ... argument does not escape
./interview--where.go:21:14: *c escapes to heap
