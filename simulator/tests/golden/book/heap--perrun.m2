./heap--perrun.go:11:9: &point{...} escapes to heap in Escapes:
./heap--perrun.go:11:9:   flow: {heap} ← &{storage for &point{...}}:
./heap--perrun.go:11:9:     from &point{...} (spill) at ./heap--perrun.go:11:9
./heap--perrun.go:11:9:     from sink = &point{...} (assign) at ./heap--perrun.go:11:7
./heap--perrun.go:11:9: &point{...} escapes to heap
./heap--perrun.go:15:7: &point{...} does not escape
./heap--perrun.go:22:10: &point{...} escapes to heap in EveryOtherCall:
./heap--perrun.go:22:10:   flow: {heap} ← &{storage for &point{...}}:
./heap--perrun.go:22:10:     from &point{...} (spill) at ./heap--perrun.go:22:10
./heap--perrun.go:22:10:     from sink = &point{...} (assign) at ./heap--perrun.go:22:8
./heap--perrun.go:22:10: &point{...} escapes to heap
./heap--perrun.go:30:18: sink.x escapes to heap in main:
./heap--perrun.go:30:18:   flow: {storage for ... argument} ← &{storage for sink.x}:
./heap--perrun.go:30:18:     from sink.x (spill) at ./heap--perrun.go:30:18
./heap--perrun.go:30:18:     from ... argument (slice-literal-element) at ./heap--perrun.go:30:13
./heap--perrun.go:30:18:   flow: {heap} ← {storage for ... argument}:
./heap--perrun.go:30:18:     from ... argument (spill) at ./heap--perrun.go:30:13
./heap--perrun.go:30:18:     from fmt.Println(... argument...) (call parameter) at ./heap--perrun.go:30:13
./heap--perrun.go:30:22: calls escapes to heap in main:
./heap--perrun.go:30:22:   flow: {storage for ... argument} ← &{storage for calls}:
./heap--perrun.go:30:22:     from calls (spill) at ./heap--perrun.go:30:22
./heap--perrun.go:30:22:     from ... argument (slice-literal-element) at ./heap--perrun.go:30:13
./heap--perrun.go:30:22:   flow: {heap} ← {storage for ... argument}:
./heap--perrun.go:30:22:     from ... argument (spill) at ./heap--perrun.go:30:13
./heap--perrun.go:30:22:     from fmt.Println(... argument...) (call parameter) at ./heap--perrun.go:30:13
./heap--perrun.go:30:13: ... argument does not escape
./heap--perrun.go:30:18: sink.x escapes to heap
./heap--perrun.go:30:22: calls escapes to heap
