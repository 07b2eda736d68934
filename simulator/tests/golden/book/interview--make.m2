./interview--make.go:9:11: make([]int, 8) does not escape
./interview--make.go:14:11: make([]int, n4) does not escape
./interview--make.go:19:11: make([]int, n5) does not escape
./interview--make.go:24:13: make([]int, 8) escapes to heap in Escapes:
./interview--make.go:24:13:   flow: {heap} ← &{storage for make([]int, 8)}:
./interview--make.go:24:13:     from make([]int, 8) (spill) at ./interview--make.go:24:13
./interview--make.go:24:13:     from sink = make([]int, 8) (assign) at ./interview--make.go:24:7
./interview--make.go:24:13: make([]int, 8) escapes to heap
./interview--make.go:32:17: len(sink) escapes to heap in main:
./interview--make.go:32:17:   flow: {storage for ... argument} ← &{storage for len(sink)}:
./interview--make.go:32:17:     from len(sink) (spill) at ./interview--make.go:32:17
./interview--make.go:32:17:     from ... argument (slice-literal-element) at ./interview--make.go:32:13
./interview--make.go:32:17:   flow: {heap} ← {storage for ... argument}:
./interview--make.go:32:17:     from ... argument (spill) at ./interview--make.go:32:13
./interview--make.go:32:17:     from fmt.Println(... argument...) (call parameter) at ./interview--make.go:32:13
./interview--make.go:32:13: ... argument does not escape
./interview--make.go:32:17: len(sink) escapes to heap
