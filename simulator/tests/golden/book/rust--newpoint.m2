./rust--newpoint.go:8:2: p escapes to heap in newPoint:
./rust--newpoint.go:8:2:   flow: ~r0 ← &p:
./rust--newpoint.go:8:2:     from &p (address-of) at ./rust--newpoint.go:9:9
./rust--newpoint.go:8:2:     from return &p (return) at ./rust--newpoint.go:9:2
./rust--newpoint.go:8:2: moved to heap: p
./rust--newpoint.go:14:18: p.X + p.Y escapes to heap in main:
./rust--newpoint.go:14:18:   flow: {storage for ... argument} ← &{storage for p.X + p.Y}:
./rust--newpoint.go:14:18:     from p.X + p.Y (spill) at ./rust--newpoint.go:14:18
./rust--newpoint.go:14:18:     from ... argument (slice-literal-element) at ./rust--newpoint.go:14:13
./rust--newpoint.go:14:18:   flow: {heap} ← {storage for ... argument}:
./rust--newpoint.go:14:18:     from ... argument (spill) at ./rust--newpoint.go:14:13
./rust--newpoint.go:14:18:     from fmt.Println(... argument...) (call parameter) at ./rust--newpoint.go:14:13
./rust--newpoint.go:14:13: ... argument does not escape
./rust--newpoint.go:14:18: p.X + p.Y escapes to heap
