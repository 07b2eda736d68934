./034_closure_nested_levels.go:9:2: outer capturing by ref: x (addr=false assign=true width=8)
./034_closure_nested_levels.go:11:3: outer.func1 capturing by ref: y (addr=false assign=true width=8)
./034_closure_nested_levels.go:9:2: outer capturing by ref: x (addr=true assign=true width=8)
./034_closure_nested_levels.go:9:2: outer capturing by ref: x (addr=true assign=true width=8)
./034_closure_nested_levels.go:11:3: outer.func1 capturing by ref: y (addr=true assign=true width=8)
./034_closure_nested_levels.go:14:4: outer.func1.1 capturing by value: z (addr=false assign=false width=8)
./034_closure_nested_levels.go:13:10: func literal escapes to heap in outer.func1:
./034_closure_nested_levels.go:13:10:   flow: ~r0 ← &{storage for func literal}:
./034_closure_nested_levels.go:13:10:     from func literal (spill) at ./034_closure_nested_levels.go:13:10
./034_closure_nested_levels.go:13:10:     from return func literal (return) at ./034_closure_nested_levels.go:13:3
./034_closure_nested_levels.go:11:3: y escapes to heap in outer.func1:
./034_closure_nested_levels.go:11:3:   flow: {storage for func literal} ← &y:
./034_closure_nested_levels.go:11:3:     from y (captured by a closure) at ./034_closure_nested_levels.go:15:4
./034_closure_nested_levels.go:11:3:     from y (reference) at ./034_closure_nested_levels.go:15:4
./034_closure_nested_levels.go:9:2: x escapes to heap in outer:
./034_closure_nested_levels.go:9:2:   flow: {storage for func literal} ← &x:
./034_closure_nested_levels.go:9:2:     from x (captured by a closure) at ./034_closure_nested_levels.go:16:31
./034_closure_nested_levels.go:9:2:     from x (reference) at ./034_closure_nested_levels.go:16:31
./034_closure_nested_levels.go:10:9: func literal escapes to heap in outer:
./034_closure_nested_levels.go:10:9:   flow: ~r0 ← &{storage for func literal}:
./034_closure_nested_levels.go:10:9:     from func literal (spill) at ./034_closure_nested_levels.go:10:9
./034_closure_nested_levels.go:10:9:     from return func literal (return) at ./034_closure_nested_levels.go:10:2
./034_closure_nested_levels.go:9:2: moved to heap: x
./034_closure_nested_levels.go:11:3: moved to heap: y
./034_closure_nested_levels.go:10:9: func literal escapes to heap
./034_closure_nested_levels.go:13:10: func literal escapes to heap
./034_closure_nested_levels.go:16:11: func literal does not escape
./034_closure_nested_levels.go:22:2: localOnly capturing by value: a (addr=false assign=false width=8)
./034_closure_nested_levels.go:22:2: localOnly capturing by value: a (addr=false assign=false width=8)
./034_closure_nested_levels.go:24:3: localOnly.func1 capturing by value: b (addr=false assign=false width=8)
./034_closure_nested_levels.go:23:7: func literal does not escape
./034_closure_nested_levels.go:25:8: func literal does not escape
./034_closure_nested_levels.go:34:19: inner() escapes to heap in main:
./034_closure_nested_levels.go:34:19:   flow: {storage for ... argument} ← &{storage for inner()}:
./034_closure_nested_levels.go:34:19:     from inner() (spill) at ./034_closure_nested_levels.go:34:19
./034_closure_nested_levels.go:34:19:     from ... argument (slice-literal-element) at ./034_closure_nested_levels.go:34:13
./034_closure_nested_levels.go:34:19:   flow: {heap} ← {storage for ... argument}:
./034_closure_nested_levels.go:34:19:     from ... argument (spill) at ./034_closure_nested_levels.go:34:13
./034_closure_nested_levels.go:34:19:     from fmt.Println(... argument...) (call parameter) at ./034_closure_nested_levels.go:34:13
./034_closure_nested_levels.go:34:28: inner() escapes to heap in main:
./034_closure_nested_levels.go:34:28:   flow: {storage for ... argument} ← &{storage for inner()}:
./034_closure_nested_levels.go:34:28:     from inner() (spill) at ./034_closure_nested_levels.go:34:28
./034_closure_nested_levels.go:34:28:     from ... argument (slice-literal-element) at ./034_closure_nested_levels.go:34:13
./034_closure_nested_levels.go:34:28:   flow: {heap} ← {storage for ... argument}:
./034_closure_nested_levels.go:34:28:     from ... argument (spill) at ./034_closure_nested_levels.go:34:13
./034_closure_nested_levels.go:34:28:     from fmt.Println(... argument...) (call parameter) at ./034_closure_nested_levels.go:34:13
./034_closure_nested_levels.go:34:41: localOnly() escapes to heap in main:
./034_closure_nested_levels.go:34:41:   flow: {storage for ... argument} ← &{storage for localOnly()}:
./034_closure_nested_levels.go:34:41:     from localOnly() (spill) at ./034_closure_nested_levels.go:34:41
./034_closure_nested_levels.go:34:41:     from ... argument (slice-literal-element) at ./034_closure_nested_levels.go:34:13
./034_closure_nested_levels.go:34:41:   flow: {heap} ← {storage for ... argument}:
./034_closure_nested_levels.go:34:41:     from ... argument (spill) at ./034_closure_nested_levels.go:34:13
./034_closure_nested_levels.go:34:41:     from fmt.Println(... argument...) (call parameter) at ./034_closure_nested_levels.go:34:13
./034_closure_nested_levels.go:34:13: ... argument does not escape
./034_closure_nested_levels.go:34:19: inner() escapes to heap
./034_closure_nested_levels.go:34:28: inner() escapes to heap
./034_closure_nested_levels.go:34:41: localOnly() escapes to heap
