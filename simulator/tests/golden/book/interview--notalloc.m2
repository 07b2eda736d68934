./interview--notalloc.go:10:9: 42 escapes to heap in BoxConst:
./interview--notalloc.go:10:9:   flow: {heap} ← &{storage for 42}:
./interview--notalloc.go:10:9:     from 42 (spill) at ./interview--notalloc.go:10:9
./interview--notalloc.go:10:9:     from sink = 42 (assign) at ./interview--notalloc.go:10:7
./interview--notalloc.go:10:9: 42 escapes to heap
./interview--notalloc.go:14:11: make([]int, n) does not escape
./interview--notalloc.go:22:20: total escapes to heap in main:
./interview--notalloc.go:22:20:   flow: {storage for ... argument} ← &{storage for total}:
./interview--notalloc.go:22:20:     from total (spill) at ./interview--notalloc.go:22:20
./interview--notalloc.go:22:20:     from ... argument (slice-literal-element) at ./interview--notalloc.go:22:13
./interview--notalloc.go:22:20:   flow: {heap} ← {storage for ... argument}:
./interview--notalloc.go:22:20:     from ... argument (spill) at ./interview--notalloc.go:22:13
./interview--notalloc.go:22:20:     from fmt.Println(... argument...) (call parameter) at ./interview--notalloc.go:22:13
./interview--notalloc.go:22:13: ... argument does not escape
./interview--notalloc.go:22:20: total escapes to heap
