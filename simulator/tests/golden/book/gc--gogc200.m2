./gc--gogc200.go:10:27: make([]byte, 1048576) escapes to heap in main:
./gc--gogc200.go:10:27:   flow: {heap} ← &{storage for make([]byte, 1048576)}:
./gc--gogc200.go:10:27:     from make([]byte, 1048576) (spill) at ./gc--gogc200.go:10:27
./gc--gogc200.go:10:27:     from append(live, make([]byte, 1048576)) (call parameter) at ./gc--gogc200.go:10:16
./gc--gogc200.go:10:16: append(live, make([]byte, 1048576)) escapes to heap in main:
./gc--gogc200.go:10:16:   flow: {heap} ← &{storage for append(live, make([]byte, 1048576))}:
./gc--gogc200.go:10:16:     from append(live, make([]byte, 1048576)) (spill) at ./gc--gogc200.go:10:16
./gc--gogc200.go:10:16:     from live = append(live, make([]byte, 1048576)) (assign) at ./gc--gogc200.go:10:8
./gc--gogc200.go:14:17: make([]byte, 1024) escapes to heap in main:
./gc--gogc200.go:14:17:   flow: {heap} ← &{storage for make([]byte, 1024)}:
./gc--gogc200.go:14:17:     from make([]byte, 1024) (spill) at ./gc--gogc200.go:14:17
./gc--gogc200.go:14:17:     from scratch = make([]byte, 1024) (assign) at ./gc--gogc200.go:14:11
./gc--gogc200.go:10:27: make([]byte, 1048576) escapes to heap in main:
./gc--gogc200.go:10:27:   flow: {heap} ← &{storage for make([]byte, 1048576)}:
./gc--gogc200.go:10:27:     from make([]byte, 1048576) (too large for stack) at ./gc--gogc200.go:10:27
./gc--gogc200.go:17:17: len(live) escapes to heap in main:
./gc--gogc200.go:17:17:   flow: {storage for ... argument} ← &{storage for len(live)}:
./gc--gogc200.go:17:17:     from len(live) (spill) at ./gc--gogc200.go:17:17
./gc--gogc200.go:17:17:     from ... argument (slice-literal-element) at ./gc--gogc200.go:17:13
./gc--gogc200.go:17:17:   flow: {heap} ← {storage for ... argument}:
./gc--gogc200.go:17:17:     from ... argument (spill) at ./gc--gogc200.go:17:13
./gc--gogc200.go:17:17:     from fmt.Println(... argument...) (call parameter) at ./gc--gogc200.go:17:13
./gc--gogc200.go:17:25: total escapes to heap in main:
./gc--gogc200.go:17:25:   flow: {storage for ... argument} ← &{storage for total}:
./gc--gogc200.go:17:25:     from total (spill) at ./gc--gogc200.go:17:25
./gc--gogc200.go:17:25:     from ... argument (slice-literal-element) at ./gc--gogc200.go:17:13
./gc--gogc200.go:17:25:   flow: {heap} ← {storage for ... argument}:
./gc--gogc200.go:17:25:     from ... argument (spill) at ./gc--gogc200.go:17:13
./gc--gogc200.go:17:25:     from fmt.Println(... argument...) (call parameter) at ./gc--gogc200.go:17:13
./gc--gogc200.go:10:27: make([]byte, 1048576) escapes to heap
./gc--gogc200.go:10:16: append escapes to heap
./gc--gogc200.go:14:17: make([]byte, 1024) escapes to heap
./gc--gogc200.go:17:13: ... argument does not escape
./gc--gogc200.go:17:17: len(live) escapes to heap
./gc--gogc200.go:17:25: total escapes to heap
