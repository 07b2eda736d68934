./032_closure_capture_width.go:9:6: widths capturing by value: a (addr=false assign=false width=128)
./032_closure_capture_width.go:10:6: widths capturing by ref: b (addr=false assign=false width=136)
./032_closure_capture_width.go:12:7: func literal does not escape
./032_closure_capture_width.go:19:2: structs capturing by value: s (addr=false assign=false width=16)
./032_closure_capture_width.go:20:2: structs capturing by value: p (addr=false assign=false width=8)
./032_closure_capture_width.go:20:7: &Small{...} does not escape
./032_closure_capture_width.go:21:7: func literal does not escape
./032_closure_capture_width.go:26:20: widths() escapes to heap in main:
./032_closure_capture_width.go:26:20:   flow: {storage for ... argument} ← &{storage for widths()}:
./032_closure_capture_width.go:26:20:     from widths() (spill) at ./032_closure_capture_width.go:26:20
./032_closure_capture_width.go:26:20:     from ... argument (slice-literal-element) at ./032_closure_capture_width.go:26:13
./032_closure_capture_width.go:26:20:   flow: {heap} ← {storage for ... argument}:
./032_closure_capture_width.go:26:20:     from ... argument (spill) at ./032_closure_capture_width.go:26:13
./032_closure_capture_width.go:26:20:     from fmt.Println(... argument...) (call parameter) at ./032_closure_capture_width.go:26:13
./032_closure_capture_width.go:26:31: structs() escapes to heap in main:
./032_closure_capture_width.go:26:31:   flow: {storage for ... argument} ← &{storage for structs()}:
./032_closure_capture_width.go:26:31:     from structs() (spill) at ./032_closure_capture_width.go:26:31
./032_closure_capture_width.go:26:31:     from ... argument (slice-literal-element) at ./032_closure_capture_width.go:26:13
./032_closure_capture_width.go:26:31:   flow: {heap} ← {storage for ... argument}:
./032_closure_capture_width.go:26:31:     from ... argument (spill) at ./032_closure_capture_width.go:26:13
./032_closure_capture_width.go:26:31:     from fmt.Println(... argument...) (call parameter) at ./032_closure_capture_width.go:26:13
./032_closure_capture_width.go:26:13: ... argument does not escape
./032_closure_capture_width.go:26:20: widths() escapes to heap
./032_closure_capture_width.go:26:31: structs() escapes to heap
