./interview--variadic.go:7:10: ns does not escape
./interview--variadic.go:15:11: parameter ns leaks to {heap} for keep with derefs=0:
./interview--variadic.go:15:11:   flow: {heap} ← ns:
./interview--variadic.go:15:11:     from kept = ns (assign) at ./interview--variadic.go:16:7
./interview--variadic.go:15:11: leaking param: ns
./interview--variadic.go:20:6: ... argument escapes to heap in main:
./interview--variadic.go:20:6:   flow: {heap} ← &{storage for ... argument}:
./interview--variadic.go:20:6:     from ... argument (spill) at ./interview--variadic.go:20:6
./interview--variadic.go:20:6:     from keep(... argument...) (call parameter) at ./interview--variadic.go:20:6
./interview--variadic.go:21:17: sum(... argument...) escapes to heap in main:
./interview--variadic.go:21:17:   flow: {storage for ... argument} ← &{storage for sum(... argument...)}:
./interview--variadic.go:21:17:     from sum(... argument...) (spill) at ./interview--variadic.go:21:17
./interview--variadic.go:21:17:     from ... argument (slice-literal-element) at ./interview--variadic.go:21:13
./interview--variadic.go:21:17:   flow: {heap} ← {storage for ... argument}:
./interview--variadic.go:21:17:     from ... argument (spill) at ./interview--variadic.go:21:13
./interview--variadic.go:21:17:     from fmt.Println(... argument...) (call parameter) at ./interview--variadic.go:21:13
./interview--variadic.go:21:31: len(kept) escapes to heap in main:
./interview--variadic.go:21:31:   flow: {storage for ... argument} ← &{storage for len(kept)}:
./interview--variadic.go:21:31:     from len(kept) (spill) at ./interview--variadic.go:21:31
./interview--variadic.go:21:31:     from ... argument (slice-literal-element) at ./interview--variadic.go:21:13
./interview--variadic.go:21:31:   flow: {heap} ← {storage for ... argument}:
./interview--variadic.go:21:31:     from ... argument (spill) at ./interview--variadic.go:21:13
./interview--variadic.go:21:31:     from fmt.Println(... argument...) (call parameter) at ./interview--variadic.go:21:13
./interview--variadic.go:20:6: ... argument escapes to heap
./interview--variadic.go:21:13: ... argument does not escape
./interview--variadic.go:21:17: sum(... argument...) escapes to heap
./interview--variadic.go:21:17: ... argument does not escape
./interview--variadic.go:21:31: len(kept) escapes to heap
