./gc--gogcoff.go:10:27: make([]byte, 1048576) escapes to heap in main:
./gc--gogcoff.go:10:27:   flow: {heap} ← &{storage for make([]byte, 1048576)}:
./gc--gogcoff.go:10:27:     from make([]byte, 1048576) (spill) at ./gc--gogcoff.go:10:27
./gc--gogcoff.go:10:27:     from append(live, make([]byte, 1048576)) (call parameter) at ./gc--gogcoff.go:10:16
./gc--gogcoff.go:10:16: append(live, make([]byte, 1048576)) escapes to heap in main:
./gc--gogcoff.go:10:16:   flow: {heap} ← &{storage for append(live, make([]byte, 1048576))}:
./gc--gogcoff.go:10:16:     from append(live, make([]byte, 1048576)) (spill) at ./gc--gogcoff.go:10:16
./gc--gogcoff.go:10:16:     from live = append(live, make([]byte, 1048576)) (assign) at ./gc--gogcoff.go:10:8
./gc--gogcoff.go:14:17: make([]byte, 1024) escapes to heap in main:
./gc--gogcoff.go:14:17:   flow: {heap} ← &{storage for make([]byte, 1024)}:
./gc--gogcoff.go:14:17:     from make([]byte, 1024) (spill) at ./gc--gogcoff.go:14:17
./gc--gogcoff.go:14:17:     from scratch = make([]byte, 1024) (assign) at ./gc--gogcoff.go:14:11
./gc--gogcoff.go:10:27: make([]byte, 1048576) escapes to heap in main:
./gc--gogcoff.go:10:27:   flow: {heap} ← &{storage for make([]byte, 1048576)}:
./gc--gogcoff.go:10:27:     from make([]byte, 1048576) (too large for stack) at ./gc--gogcoff.go:10:27
./gc--gogcoff.go:17:17: len(live) escapes to heap in main:
./gc--gogcoff.go:17:17:   flow: {storage for ... argument} ← &{storage for len(live)}:
./gc--gogcoff.go:17:17:     from len(live) (spill) at ./gc--gogcoff.go:17:17
./gc--gogcoff.go:17:17:     from ... argument (slice-literal-element) at ./gc--gogcoff.go:17:13
./gc--gogcoff.go:17:17:   flow: {heap} ← {storage for ... argument}:
./gc--gogcoff.go:17:17:     from ... argument (spill) at ./gc--gogcoff.go:17:13
./gc--gogcoff.go:17:17:     from fmt.Println(... argument...) (call parameter) at ./gc--gogcoff.go:17:13
./gc--gogcoff.go:17:25: total escapes to heap in main:
./gc--gogcoff.go:17:25:   flow: {storage for ... argument} ← &{storage for total}:
./gc--gogcoff.go:17:25:     from total (spill) at ./gc--gogcoff.go:17:25
./gc--gogcoff.go:17:25:     from ... argument (slice-literal-element) at ./gc--gogcoff.go:17:13
./gc--gogcoff.go:17:25:   flow: {heap} ← {storage for ... argument}:
./gc--gogcoff.go:17:25:     from ... argument (spill) at ./gc--gogcoff.go:17:13
./gc--gogcoff.go:17:25:     from fmt.Println(... argument...) (call parameter) at ./gc--gogcoff.go:17:13
./gc--gogcoff.go:10:27: make([]byte, 1048576) escapes to heap
./gc--gogcoff.go:10:16: append escapes to heap
./gc--gogcoff.go:14:17: make([]byte, 1024) escapes to heap
./gc--gogcoff.go:17:13: ... argument does not escape
./gc--gogcoff.go:17:17: len(live) escapes to heap
./gc--gogcoff.go:17:25: total escapes to heap
