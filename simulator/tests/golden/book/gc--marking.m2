./gc--marking.go:16:9: &node{...} escapes to heap in main:
./gc--marking.go:16:9:   flow: {heap} ← &{storage for &node{...}}:
./gc--marking.go:16:9:     from &node{...} (spill) at ./gc--marking.go:16:9
./gc--marking.go:16:9:     from head = &node{...} (assign) at ./gc--marking.go:16:7
./gc--marking.go:17:14: &node{...} escapes to heap in main:
./gc--marking.go:17:14:   flow: {heap} ← &{storage for &node{...}}:
./gc--marking.go:17:14:     from &node{...} (spill) at ./gc--marking.go:17:14
./gc--marking.go:17:14:     from head.next = &node{...} (assign) at ./gc--marking.go:17:12
./gc--marking.go:18:19: &node{...} escapes to heap in main:
./gc--marking.go:18:19:   flow: {heap} ← &{storage for &node{...}}:
./gc--marking.go:18:19:     from &node{...} (spill) at ./gc--marking.go:18:19
./gc--marking.go:18:19:     from head.next.next = &node{...} (assign) at ./gc--marking.go:18:17
./gc--marking.go:21:18: head.value escapes to heap in main:
./gc--marking.go:21:18:   flow: {storage for ... argument} ← &{storage for head.value}:
./gc--marking.go:21:18:     from head.value (spill) at ./gc--marking.go:21:18
./gc--marking.go:21:18:     from ... argument (slice-literal-element) at ./gc--marking.go:21:13
./gc--marking.go:21:18:   flow: {heap} ← {storage for ... argument}:
./gc--marking.go:21:18:     from ... argument (spill) at ./gc--marking.go:21:13
./gc--marking.go:21:18:     from fmt.Println(... argument...) (call parameter) at ./gc--marking.go:21:13
./gc--marking.go:21:35: head.next.value escapes to heap in main:
./gc--marking.go:21:35:   flow: {storage for ... argument} ← &{storage for head.next.value}:
./gc--marking.go:21:35:     from head.next.value (spill) at ./gc--marking.go:21:35
./gc--marking.go:21:35:     from ... argument (slice-literal-element) at ./gc--marking.go:21:13
./gc--marking.go:21:35:   flow: {heap} ← {storage for ... argument}:
./gc--marking.go:21:35:     from ... argument (spill) at ./gc--marking.go:21:13
./gc--marking.go:21:35:     from fmt.Println(... argument...) (call parameter) at ./gc--marking.go:21:13
./gc--marking.go:16:9: &node{...} escapes to heap
./gc--marking.go:17:14: &node{...} escapes to heap
./gc--marking.go:18:19: &node{...} escapes to heap
./gc--marking.go:21:13: ... argument does not escape
./gc--marking.go:21:18: head.value escapes to heap
./gc--marking.go:21:35: head.next.value escapes to heap
