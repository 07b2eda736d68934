./escape-index--decides.go:9:2: p escapes to heap in newPoint:
./escape-index--decides.go:9:2:   flow: ~r0 ← &p:
./escape-index--decides.go:9:2:     from &p (address-of) at ./escape-index--decides.go:10:9
./escape-index--decides.go:9:2:     from return &p (return) at ./escape-index--decides.go:10:2
./escape-index--decides.go:9:2: moved to heap: p
./escape-index--decides.go:15:10: new(point) does not escape
./escape-index--decides.go:23:22: p.x + p.y == 3 escapes to heap in main:
./escape-index--decides.go:23:22:   flow: {storage for ... argument} ← &{storage for p.x + p.y == 3}:
./escape-index--decides.go:23:22:     from p.x + p.y == 3 (spill) at ./escape-index--decides.go:23:22
./escape-index--decides.go:23:22:     from ... argument (slice-literal-element) at ./escape-index--decides.go:23:13
./escape-index--decides.go:23:22:   flow: {heap} ← {storage for ... argument}:
./escape-index--decides.go:23:22:     from ... argument (spill) at ./escape-index--decides.go:23:13
./escape-index--decides.go:23:22:     from fmt.Println(... argument...) (call parameter) at ./escape-index--decides.go:23:13
./escape-index--decides.go:23:30: n == 25 escapes to heap in main:
./escape-index--decides.go:23:30:   flow: {storage for ... argument} ← &{storage for n == 25}:
./escape-index--decides.go:23:30:     from n == 25 (spill) at ./escape-index--decides.go:23:30
./escape-index--decides.go:23:30:     from ... argument (slice-literal-element) at ./escape-index--decides.go:23:13
./escape-index--decides.go:23:30:   flow: {heap} ← {storage for ... argument}:
./escape-index--decides.go:23:30:     from ... argument (spill) at ./escape-index--decides.go:23:13
./escape-index--decides.go:23:30:     from fmt.Println(... argument...) (call parameter) at ./escape-index--decides.go:23:13
./escape-index--decides.go:23:13: ... argument does not escape
./escape-index--decides.go:23:22: p.x + p.y == 3 escapes to heap
./escape-index--decides.go:23:30: n == 25 escapes to heap
