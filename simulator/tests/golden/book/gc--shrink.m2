./gc--shrink.go:18:18: deep(200) escapes to heap in main:
./gc--shrink.go:18:18:   flow: {storage for ... argument} ← &{storage for deep(200)}:
./gc--shrink.go:18:18:     from deep(200) (spill) at ./gc--shrink.go:18:18
./gc--shrink.go:18:18:     from ... argument (slice-literal-element) at ./gc--shrink.go:18:13
./gc--shrink.go:18:18:   flow: {heap} ← {storage for ... argument}:
./gc--shrink.go:18:18:     from ... argument (spill) at ./gc--shrink.go:18:13
./gc--shrink.go:18:18:     from fmt.Println(... argument...) (call parameter) at ./gc--shrink.go:18:13
./gc--shrink.go:22:14: "done" escapes to heap in main:
./gc--shrink.go:22:14:   flow: {storage for ... argument} ← &{storage for "done"}:
./gc--shrink.go:22:14:     from "done" (spill) at ./gc--shrink.go:22:14
./gc--shrink.go:22:14:     from ... argument (slice-literal-element) at ./gc--shrink.go:22:13
./gc--shrink.go:22:14:   flow: {heap} ← {storage for ... argument}:
./gc--shrink.go:22:14:     from ... argument (spill) at ./gc--shrink.go:22:13
./gc--shrink.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./gc--shrink.go:22:13
./gc--shrink.go:18:13: ... argument does not escape
./gc--shrink.go:18:18: deep(200) escapes to heap
./gc--shrink.go:22:13: ... argument does not escape
./gc--shrink.go:22:14: "done" escapes to heap
