./interview--newlit.go:13:11: &point{...} escapes to heap in main:
./interview--newlit.go:13:11:   flow: {heap} ← &{storage for &point{...}}:
./interview--newlit.go:13:11:     from &point{...} (spill) at ./interview--newlit.go:13:11
./interview--newlit.go:13:11:     from shared = &point{...} (assign) at ./interview--newlit.go:13:9
./interview--newlit.go:14:17: *n + shared.x escapes to heap in main:
./interview--newlit.go:14:17:   flow: {storage for ... argument} ← &{storage for *n + shared.x}:
./interview--newlit.go:14:17:     from *n + shared.x (spill) at ./interview--newlit.go:14:17
./interview--newlit.go:14:17:     from ... argument (slice-literal-element) at ./interview--newlit.go:14:13
./interview--newlit.go:14:17:   flow: {heap} ← {storage for ... argument}:
./interview--newlit.go:14:17:     from ... argument (spill) at ./interview--newlit.go:14:13
./interview--newlit.go:14:17:     from fmt.Println(... argument...) (call parameter) at ./interview--newlit.go:14:13
./interview--newlit.go:10:11: &point{...} does not escape
./interview--newlit.go:11:10: new(int) does not escape
./interview--newlit.go:13:11: &point{...} escapes to heap
./interview--newlit.go:14:13: ... argument does not escape
./interview--newlit.go:14:17: *n + shared.x escapes to heap
