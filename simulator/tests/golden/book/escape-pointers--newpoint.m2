./escape-pointers--newpoint.go:8:2: p escapes to heap in newPoint:
./escape-pointers--newpoint.go:8:2:   flow: ~r0 ← &p:
./escape-pointers--newpoint.go:8:2:     from &p (address-of) at ./escape-pointers--newpoint.go:9:9
./escape-pointers--newpoint.go:8:2:     from return &p (return) at ./escape-pointers--newpoint.go:9:2
./escape-pointers--newpoint.go:8:2: moved to heap: p
./escape-pointers--newpoint.go:14:18: a.x + a.y escapes to heap in main:
./escape-pointers--newpoint.go:14:18:   flow: {storage for ... argument} ← &{storage for a.x + a.y}:
./escape-pointers--newpoint.go:14:18:     from a.x + a.y (spill) at ./escape-pointers--newpoint.go:14:18
./escape-pointers--newpoint.go:14:18:     from ... argument (slice-literal-element) at ./escape-pointers--newpoint.go:14:13
./escape-pointers--newpoint.go:14:18:   flow: {heap} ← {storage for ... argument}:
./escape-pointers--newpoint.go:14:18:     from ... argument (spill) at ./escape-pointers--newpoint.go:14:13
./escape-pointers--newpoint.go:14:18:     from fmt.Println(... argument...) (call parameter) at ./escape-pointers--newpoint.go:14:13
./escape-pointers--newpoint.go:14:13: ... argument does not escape
./escape-pointers--newpoint.go:14:18: a.x + a.y escapes to heap
