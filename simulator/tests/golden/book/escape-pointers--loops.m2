./escape-pointers--loops.go:8:3: sq escapes to heap in lastSquare:
./escape-pointers--loops.go:8:3:   flow: p ← &sq:
./escape-pointers--loops.go:8:3:     from &sq (address-of) at ./escape-pointers--loops.go:9:7
./escape-pointers--loops.go:8:3:     from p = &sq (assign) at ./escape-pointers--loops.go:9:5
./escape-pointers--loops.go:8:3: moved to heap: sq
./escape-pointers--loops.go:25:24: lastSquare(4) escapes to heap in main:
./escape-pointers--loops.go:25:24:   flow: {storage for ... argument} ← &{storage for lastSquare(4)}:
./escape-pointers--loops.go:25:24:     from lastSquare(4) (spill) at ./escape-pointers--loops.go:25:24
./escape-pointers--loops.go:25:24:     from ... argument (slice-literal-element) at ./escape-pointers--loops.go:25:13
./escape-pointers--loops.go:25:24:   flow: {heap} ← {storage for ... argument}:
./escape-pointers--loops.go:25:24:     from ... argument (spill) at ./escape-pointers--loops.go:25:13
./escape-pointers--loops.go:25:24:     from fmt.Println(... argument...) (call parameter) at ./escape-pointers--loops.go:25:13
./escape-pointers--loops.go:25:39: sumSquares(4) escapes to heap in main:
./escape-pointers--loops.go:25:39:   flow: {storage for ... argument} ← &{storage for sumSquares(4)}:
./escape-pointers--loops.go:25:39:     from sumSquares(4) (spill) at ./escape-pointers--loops.go:25:39
./escape-pointers--loops.go:25:39:     from ... argument (slice-literal-element) at ./escape-pointers--loops.go:25:13
./escape-pointers--loops.go:25:39:   flow: {heap} ← {storage for ... argument}:
./escape-pointers--loops.go:25:39:     from ... argument (spill) at ./escape-pointers--loops.go:25:13
./escape-pointers--loops.go:25:39:     from fmt.Println(... argument...) (call parameter) at ./escape-pointers--loops.go:25:13
./escape-pointers--loops.go:25:13: ... argument does not escape
./escape-pointers--loops.go:25:24: lastSquare(4) escapes to heap
./escape-pointers--loops.go:25:39: sumSquares(4) escapes to heap
