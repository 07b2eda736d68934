./interview--println.go:8:14: small escapes to heap in Small:
./interview--println.go:8:14:   flow: {storage for ... argument} ← &{storage for small}:
./interview--println.go:8:14:     from small (spill) at ./interview--println.go:8:14
./interview--println.go:8:14:     from ... argument (slice-literal-element) at ./interview--println.go:8:13
./interview--println.go:8:14:   flow: {heap} ← {storage for ... argument}:
./interview--println.go:8:14:     from ... argument (spill) at ./interview--println.go:8:13
./interview--println.go:8:14:     from fmt.Println(... argument...) (call parameter) at ./interview--println.go:8:13
./interview--println.go:8:13: ... argument does not escape
./interview--println.go:8:14: small escapes to heap
./interview--println.go:12:14: big escapes to heap in Big:
./interview--println.go:12:14:   flow: {storage for ... argument} ← &{storage for big}:
./interview--println.go:12:14:     from big (spill) at ./interview--println.go:12:14
./interview--println.go:12:14:     from ... argument (slice-literal-element) at ./interview--println.go:12:13
./interview--println.go:12:14:   flow: {heap} ← {storage for ... argument}:
./interview--println.go:12:14:     from ... argument (spill) at ./interview--println.go:12:13
./interview--println.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./interview--println.go:12:13
./interview--println.go:12:13: ... argument does not escape
./interview--println.go:12:14: big escapes to heap
