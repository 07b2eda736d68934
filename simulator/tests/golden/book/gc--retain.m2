./gc--retain.go:11:13: make([]byte, 1048576) escapes to heap in load:
./gc--retain.go:11:13:   flow: {heap} ← &{storage for make([]byte, 1048576)}:
./gc--retain.go:11:13:     from make([]byte, 1048576) (too large for stack) at ./gc--retain.go:11:13
./gc--retain.go:11:13: make([]byte, 1048576) escapes to heap
./gc--retain.go:18:17: len(header) escapes to heap in main:
./gc--retain.go:18:17:   flow: {storage for ... argument} ← &{storage for len(header)}:
./gc--retain.go:18:17:     from len(header) (spill) at ./gc--retain.go:18:17
./gc--retain.go:18:17:     from ... argument (slice-literal-element) at ./gc--retain.go:18:13
./gc--retain.go:18:17:   flow: {heap} ← {storage for ... argument}:
./gc--retain.go:18:17:     from ... argument (spill) at ./gc--retain.go:18:13
./gc--retain.go:18:17:     from fmt.Println(... argument...) (call parameter) at ./gc--retain.go:18:13
./gc--retain.go:18:30: cap(header) escapes to heap in main:
./gc--retain.go:18:30:   flow: {storage for ... argument} ← &{storage for cap(header)}:
./gc--retain.go:18:30:     from cap(header) (spill) at ./gc--retain.go:18:30
./gc--retain.go:18:30:     from ... argument (slice-literal-element) at ./gc--retain.go:18:13
./gc--retain.go:18:30:   flow: {heap} ← {storage for ... argument}:
./gc--retain.go:18:30:     from ... argument (spill) at ./gc--retain.go:18:13
./gc--retain.go:18:30:     from fmt.Println(... argument...) (call parameter) at ./gc--retain.go:18:13
./gc--retain.go:18:13: ... argument does not escape
./gc--retain.go:18:17: len(header) escapes to heap
./gc--retain.go:18:30: cap(header) escapes to heap
