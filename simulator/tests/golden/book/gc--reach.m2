./gc--reach.go:17:10: &node{...} escapes to heap in main:
./gc--reach.go:17:10:   flow: {heap} ← &{storage for &node{...}}:
./gc--reach.go:17:10:     from &node{...} (spill) at ./gc--reach.go:17:10
./gc--reach.go:17:10:     from head = &node{...} (assign) at ./gc--reach.go:17:8
./gc--reach.go:25:14: n escapes to heap in main:
./gc--reach.go:25:14:   flow: {storage for ... argument} ← &{storage for n}:
./gc--reach.go:25:14:     from n (spill) at ./gc--reach.go:25:14
./gc--reach.go:25:14:     from ... argument (slice-literal-element) at ./gc--reach.go:25:13
./gc--reach.go:25:14:   flow: {heap} ← {storage for ... argument}:
./gc--reach.go:25:14:     from ... argument (spill) at ./gc--reach.go:25:13
./gc--reach.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./gc--reach.go:25:13
./gc--reach.go:17:10: &node{...} escapes to heap
./gc--reach.go:25:13: ... argument does not escape
./gc--reach.go:25:14: n escapes to heap
