./gc--retainfix.go:11:13: make([]byte, 1048576) escapes to heap in load:
./gc--retainfix.go:11:13:   flow: {heap} ← &{storage for make([]byte, 1048576)}:
./gc--retainfix.go:11:13:     from make([]byte, 1048576) (too large for stack) at ./gc--retainfix.go:11:13
./gc--retainfix.go:11:13: make([]byte, 1048576) escapes to heap
./gc--retainfix.go:16:17: append(([]byte)(nil), data[:16]...) escapes to heap in main:
./gc--retainfix.go:16:17:   flow: {heap} ← &{storage for append(([]byte)(nil), data[:16]...)}:
./gc--retainfix.go:16:17:     from append(([]byte)(nil), data[:16]...) (spill) at ./gc--retainfix.go:16:17
./gc--retainfix.go:16:17:     from header = append(([]byte)(nil), data[:16]...) (assign) at ./gc--retainfix.go:16:9
./gc--retainfix.go:18:17: len(header) escapes to heap in main:
./gc--retainfix.go:18:17:   flow: {storage for ... argument} ← &{storage for len(header)}:
./gc--retainfix.go:18:17:     from len(header) (spill) at ./gc--retainfix.go:18:17
./gc--retainfix.go:18:17:     from ... argument (slice-literal-element) at ./gc--retainfix.go:18:13
./gc--retainfix.go:18:17:   flow: {heap} ← {storage for ... argument}:
./gc--retainfix.go:18:17:     from ... argument (spill) at ./gc--retainfix.go:18:13
./gc--retainfix.go:18:17:     from fmt.Println(... argument...) (call parameter) at ./gc--retainfix.go:18:13
./gc--retainfix.go:18:30: cap(header) escapes to heap in main:
./gc--retainfix.go:18:30:   flow: {storage for ... argument} ← &{storage for cap(header)}:
./gc--retainfix.go:18:30:     from cap(header) (spill) at ./gc--retainfix.go:18:30
./gc--retainfix.go:18:30:     from ... argument (slice-literal-element) at ./gc--retainfix.go:18:13
./gc--retainfix.go:18:30:   flow: {heap} ← {storage for ... argument}:
./gc--retainfix.go:18:30:     from ... argument (spill) at ./gc--retainfix.go:18:13
./gc--retainfix.go:18:30:     from fmt.Println(... argument...) (call parameter) at ./gc--retainfix.go:18:13
./gc--retainfix.go:16:17: append escapes to heap
./gc--retainfix.go:18:13: ... argument does not escape
./gc--retainfix.go:18:17: len(header) escapes to heap
./gc--retainfix.go:18:30: cap(header) escapes to heap
