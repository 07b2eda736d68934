./escape-pointers--returns.go:8:2: p escapes to heap in byAddr:
./escape-pointers--returns.go:8:2:   flow: ~r0 ← &p:
./escape-pointers--returns.go:8:2:     from &p (address-of) at ./escape-pointers--returns.go:9:9
./escape-pointers--returns.go:8:2:     from return &p (return) at ./escape-pointers--returns.go:9:2
./escape-pointers--returns.go:8:2: moved to heap: p
./escape-pointers--returns.go:13:10: new(point) escapes to heap in byNew:
./escape-pointers--returns.go:13:10:   flow: p ← &{storage for new(point)}:
./escape-pointers--returns.go:13:10:     from new(point) (spill) at ./escape-pointers--returns.go:13:10
./escape-pointers--returns.go:13:10:     from p := new(point) (assign) at ./escape-pointers--returns.go:13:4
./escape-pointers--returns.go:13:10:   flow: ~r0 ← p:
./escape-pointers--returns.go:13:10:     from return p (return) at ./escape-pointers--returns.go:15:2
./escape-pointers--returns.go:13:10: new(point) escapes to heap
./escape-pointers--returns.go:19:9: &point{...} escapes to heap in byLit:
./escape-pointers--returns.go:19:9:   flow: ~r0 ← &{storage for &point{...}}:
./escape-pointers--returns.go:19:9:     from &point{...} (spill) at ./escape-pointers--returns.go:19:9
./escape-pointers--returns.go:19:9:     from return &point{...} (return) at ./escape-pointers--returns.go:19:2
./escape-pointers--returns.go:19:9: &point{...} escapes to heap
./escape-pointers--returns.go:35:24: *byAddr() == *byNew() escapes to heap in main:
./escape-pointers--returns.go:35:24:   flow: {storage for ... argument} ← &{storage for *byAddr() == *byNew()}:
./escape-pointers--returns.go:35:24:     from *byAddr() == *byNew() (spill) at ./escape-pointers--returns.go:35:24
./escape-pointers--returns.go:35:24:     from ... argument (slice-literal-element) at ./escape-pointers--returns.go:35:13
./escape-pointers--returns.go:35:24:   flow: {heap} ← {storage for ... argument}:
./escape-pointers--returns.go:35:24:     from ... argument (spill) at ./escape-pointers--returns.go:35:13
./escape-pointers--returns.go:35:24:     from fmt.Println(... argument...) (call parameter) at ./escape-pointers--returns.go:35:13
./escape-pointers--returns.go:35:46: *byLit() == byValue() escapes to heap in main:
./escape-pointers--returns.go:35:46:   flow: {storage for ... argument} ← &{storage for *byLit() == byValue()}:
./escape-pointers--returns.go:35:46:     from *byLit() == byValue() (spill) at ./escape-pointers--returns.go:35:46
./escape-pointers--returns.go:35:46:     from ... argument (slice-literal-element) at ./escape-pointers--returns.go:35:13
./escape-pointers--returns.go:35:46:   flow: {heap} ← {storage for ... argument}:
./escape-pointers--returns.go:35:46:     from ... argument (spill) at ./escape-pointers--returns.go:35:13
./escape-pointers--returns.go:35:46:     from fmt.Println(... argument...) (call parameter) at ./escape-pointers--returns.go:35:13
./escape-pointers--returns.go:35:13: ... argument does not escape
./escape-pointers--returns.go:35:24: *byAddr() == *byNew() escapes to heap
./escape-pointers--returns.go:35:46: *byLit() == byValue() escapes to heap
