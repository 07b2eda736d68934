./gc--gctrace.go:13:27: make([]byte, 1048576) escapes to heap in main:
./gc--gctrace.go:13:27:   flow: {heap} ← &{storage for make([]byte, 1048576)}:
./gc--gctrace.go:13:27:     from make([]byte, 1048576) (spill) at ./gc--gctrace.go:13:27
./gc--gctrace.go:13:27:     from append(live, make([]byte, 1048576)) (call parameter) at ./gc--gctrace.go:13:16
./gc--gctrace.go:13:16: append(live, make([]byte, 1048576)) escapes to heap in main:
./gc--gctrace.go:13:16:   flow: {heap} ← &{storage for append(live, make([]byte, 1048576))}:
./gc--gctrace.go:13:16:     from append(live, make([]byte, 1048576)) (spill) at ./gc--gctrace.go:13:16
./gc--gctrace.go:13:16:     from live = append(live, make([]byte, 1048576)) (assign) at ./gc--gctrace.go:13:8
./gc--gctrace.go:16:17: make([]byte, 1024) escapes to heap in main:
./gc--gctrace.go:16:17:   flow: {heap} ← &{storage for make([]byte, 1024)}:
./gc--gctrace.go:16:17:     from make([]byte, 1024) (spill) at ./gc--gctrace.go:16:17
./gc--gctrace.go:16:17:     from scratch = make([]byte, 1024) (assign) at ./gc--gctrace.go:16:11
./gc--gctrace.go:13:27: make([]byte, 1048576) escapes to heap in main:
./gc--gctrace.go:13:27:   flow: {heap} ← &{storage for make([]byte, 1048576)}:
./gc--gctrace.go:13:27:     from make([]byte, 1048576) (too large for stack) at ./gc--gctrace.go:13:27
./gc--gctrace.go:19:17: len(live) escapes to heap in main:
./gc--gctrace.go:19:17:   flow: {storage for ... argument} ← &{storage for len(live)}:
./gc--gctrace.go:19:17:     from len(live) (spill) at ./gc--gctrace.go:19:17
./gc--gctrace.go:19:17:     from ... argument (slice-literal-element) at ./gc--gctrace.go:19:13
./gc--gctrace.go:19:17:   flow: {heap} ← {storage for ... argument}:
./gc--gctrace.go:19:17:     from ... argument (spill) at ./gc--gctrace.go:19:13
./gc--gctrace.go:19:17:     from fmt.Println(... argument...) (call parameter) at ./gc--gctrace.go:19:13
./gc--gctrace.go:13:27: make([]byte, 1048576) escapes to heap
./gc--gctrace.go:13:16: append escapes to heap
./gc--gctrace.go:16:17: make([]byte, 1024) escapes to heap
./gc--gctrace.go:19:13: ... argument does not escape
./gc--gctrace.go:19:17: len(live) escapes to heap
