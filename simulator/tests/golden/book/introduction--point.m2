./introduction--point.go:8:2: p escapes to heap in newPoint:
./introduction--point.go:8:2:   flow: ~r0 ← &p:
./introduction--point.go:8:2:     from &p (address-of) at ./introduction--point.go:9:9
./introduction--point.go:8:2:     from return &p (return) at ./introduction--point.go:9:2
./introduction--point.go:8:2: moved to heap: p
./introduction--point.go:19:24: newPoint().x escapes to heap in main:
./introduction--point.go:19:24:   flow: {storage for ... argument} ← &{storage for newPoint().x}:
./introduction--point.go:19:24:     from newPoint().x (spill) at ./introduction--point.go:19:24
./introduction--point.go:19:24:     from ... argument (slice-literal-element) at ./introduction--point.go:19:13
./introduction--point.go:19:24:   flow: {heap} ← {storage for ... argument}:
./introduction--point.go:19:24:     from ... argument (spill) at ./introduction--point.go:19:13
./introduction--point.go:19:24:     from fmt.Println(... argument...) (call parameter) at ./introduction--point.go:19:13
./introduction--point.go:19:31: sum() escapes to heap in main:
./introduction--point.go:19:31:   flow: {storage for ... argument} ← &{storage for sum()}:
./introduction--point.go:19:31:     from sum() (spill) at ./introduction--point.go:19:31
./introduction--point.go:19:31:     from ... argument (slice-literal-element) at ./introduction--point.go:19:13
./introduction--point.go:19:31:   flow: {heap} ← {storage for ... argument}:
./introduction--point.go:19:31:     from ... argument (spill) at ./introduction--point.go:19:13
./introduction--point.go:19:31:     from fmt.Println(... argument...) (call parameter) at ./introduction--point.go:19:13
./introduction--point.go:19:13: ... argument does not escape
./introduction--point.go:19:24: newPoint().x escapes to heap
./introduction--point.go:19:31: sum() escapes to heap
