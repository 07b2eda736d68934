./reading-the-compiler--trace.go:10:16: make([]byte, 1024) escapes to heap in main:
./reading-the-compiler--trace.go:10:16:   flow: {heap} ← &{storage for make([]byte, 1024)}:
./reading-the-compiler--trace.go:10:16:     from make([]byte, 1024) (spill) at ./reading-the-compiler--trace.go:10:16
./reading-the-compiler--trace.go:10:16:     from recent = make([]byte, 1024) (assign) at ./reading-the-compiler--trace.go:10:10
./reading-the-compiler--trace.go:13:14: total escapes to heap in main:
./reading-the-compiler--trace.go:13:14:   flow: {storage for ... argument} ← &{storage for total}:
./reading-the-compiler--trace.go:13:14:     from total (spill) at ./reading-the-compiler--trace.go:13:14
./reading-the-compiler--trace.go:13:14:     from ... argument (slice-literal-element) at ./reading-the-compiler--trace.go:13:13
./reading-the-compiler--trace.go:13:14:   flow: {heap} ← {storage for ... argument}:
./reading-the-compiler--trace.go:13:14:     from ... argument (spill) at ./reading-the-compiler--trace.go:13:13
./reading-the-compiler--trace.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./reading-the-compiler--trace.go:13:13
./reading-the-compiler--trace.go:10:16: make([]byte, 1024) escapes to heap
./reading-the-compiler--trace.go:13:13: ... argument does not escape
./reading-the-compiler--trace.go:13:14: total escapes to heap
