./174_debug_setmaxstack.go:21:2: main capturing by value: .autotmp_1 (addr=false assign=false width=8)
./174_debug_setmaxstack.go:24:31: debug.SetMaxStack(*p) escapes to heap in main:
./174_debug_setmaxstack.go:24:31:   flow: {storage for ... argument} ← &{storage for debug.SetMaxStack(*p)}:
./174_debug_setmaxstack.go:24:31:     from debug.SetMaxStack(*p) (spill) at ./174_debug_setmaxstack.go:24:31
./174_debug_setmaxstack.go:24:31:     from ... argument (slice-literal-element) at ./174_debug_setmaxstack.go:24:13
./174_debug_setmaxstack.go:24:31:   flow: {heap} ← {storage for ... argument}:
./174_debug_setmaxstack.go:24:31:     from ... argument (spill) at ./174_debug_setmaxstack.go:24:13
./174_debug_setmaxstack.go:24:31:     from fmt.Println(... argument...) (call parameter) at ./174_debug_setmaxstack.go:24:13
./174_debug_setmaxstack.go:25:19: depth(50) escapes to heap in main:
./174_debug_setmaxstack.go:25:19:   flow: {storage for ... argument} ← &{storage for depth(50)}:
./174_debug_setmaxstack.go:25:19:     from depth(50) (spill) at ./174_debug_setmaxstack.go:25:19
./174_debug_setmaxstack.go:25:19:     from ... argument (slice-literal-element) at ./174_debug_setmaxstack.go:25:13
./174_debug_setmaxstack.go:25:19:   flow: {heap} ← {storage for ... argument}:
./174_debug_setmaxstack.go:25:19:     from ... argument (spill) at ./174_debug_setmaxstack.go:25:13
./174_debug_setmaxstack.go:25:19:     from fmt.Println(... argument...) (call parameter) at ./174_debug_setmaxstack.go:25:13
./174_debug_setmaxstack.go:24:13: ... argument does not escape
./174_debug_setmaxstack.go:24:31: debug.SetMaxStack(*p) escapes to heap
./174_debug_setmaxstack.go:25:13: ... argument does not escape
./174_debug_setmaxstack.go:25:19: depth(50) escapes to heap
