./gc--memlimit.go:10:27: make([]byte, 1048576) escapes to heap in main:
./gc--memlimit.go:10:27:   flow: {heap} ← &{storage for make([]byte, 1048576)}:
./gc--memlimit.go:10:27:     from make([]byte, 1048576) (spill) at ./gc--memlimit.go:10:27
./gc--memlimit.go:10:27:     from append(live, make([]byte, 1048576)) (call parameter) at ./gc--memlimit.go:10:16
./gc--memlimit.go:10:16: append(live, make([]byte, 1048576)) escapes to heap in main:
./gc--memlimit.go:10:16:   flow: {heap} ← &{storage for append(live, make([]byte, 1048576))}:
./gc--memlimit.go:10:16:     from append(live, make([]byte, 1048576)) (spill) at ./gc--memlimit.go:10:16
./gc--memlimit.go:10:16:     from live = append(live, make([]byte, 1048576)) (assign) at ./gc--memlimit.go:10:8
./gc--memlimit.go:14:17: make([]byte, 1024) escapes to heap in main:
./gc--memlimit.go:14:17:   flow: {heap} ← &{storage for make([]byte, 1024)}:
./gc--memlimit.go:14:17:     from make([]byte, 1024) (spill) at ./gc--memlimit.go:14:17
./gc--memlimit.go:14:17:     from scratch = make([]byte, 1024) (assign) at ./gc--memlimit.go:14:11
./gc--memlimit.go:10:27: make([]byte, 1048576) escapes to heap in main:
./gc--memlimit.go:10:27:   flow: {heap} ← &{storage for make([]byte, 1048576)}:
./gc--memlimit.go:10:27:     from make([]byte, 1048576) (too large for stack) at ./gc--memlimit.go:10:27
./gc--memlimit.go:17:17: len(live) escapes to heap in main:
./gc--memlimit.go:17:17:   flow: {storage for ... argument} ← &{storage for len(live)}:
./gc--memlimit.go:17:17:     from len(live) (spill) at ./gc--memlimit.go:17:17
./gc--memlimit.go:17:17:     from ... argument (slice-literal-element) at ./gc--memlimit.go:17:13
./gc--memlimit.go:17:17:   flow: {heap} ← {storage for ... argument}:
./gc--memlimit.go:17:17:     from ... argument (spill) at ./gc--memlimit.go:17:13
./gc--memlimit.go:17:17:     from fmt.Println(... argument...) (call parameter) at ./gc--memlimit.go:17:13
./gc--memlimit.go:17:25: total escapes to heap in main:
./gc--memlimit.go:17:25:   flow: {storage for ... argument} ← &{storage for total}:
./gc--memlimit.go:17:25:     from total (spill) at ./gc--memlimit.go:17:25
./gc--memlimit.go:17:25:     from ... argument (slice-literal-element) at ./gc--memlimit.go:17:13
./gc--memlimit.go:17:25:   flow: {heap} ← {storage for ... argument}:
./gc--memlimit.go:17:25:     from ... argument (spill) at ./gc--memlimit.go:17:13
./gc--memlimit.go:17:25:     from fmt.Println(... argument...) (call parameter) at ./gc--memlimit.go:17:13
./gc--memlimit.go:10:27: make([]byte, 1048576) escapes to heap
./gc--memlimit.go:10:16: append escapes to heap
./gc--memlimit.go:14:17: make([]byte, 1024) escapes to heap
./gc--memlimit.go:17:13: ... argument does not escape
./gc--memlimit.go:17:17: len(live) escapes to heap
./gc--memlimit.go:17:25: total escapes to heap
