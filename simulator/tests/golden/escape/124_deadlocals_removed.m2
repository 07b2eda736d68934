./124_deadlocals_removed.go:17:2: y escapes to heap in unusedAssign:
./124_deadlocals_removed.go:17:2:   flow: {heap} ← &y:
./124_deadlocals_removed.go:17:2:     from &y (address-of) at ./124_deadlocals_removed.go:18:7
./124_deadlocals_removed.go:17:2:     from gp = &y (assign) at ./124_deadlocals_removed.go:18:5
./124_deadlocals_removed.go:12:19: f does not escape
./124_deadlocals_removed.go:12:29: q does not escape
./124_deadlocals_removed.go:12:37: r does not escape
./124_deadlocals_removed.go:12:46: s does not escape
./124_deadlocals_removed.go:17:2: moved to heap: y
./124_deadlocals_removed.go:16:11: []int{...} does not escape
./124_deadlocals_removed.go:24:7: func literal does not escape
./124_deadlocals_removed.go:25:6: func literal does not escape
./124_deadlocals_removed.go:30:26: unusedAssign(nil, nil, nil, nil) escapes to heap in main:
./124_deadlocals_removed.go:30:26:   flow: {storage for ... argument} ← &{storage for unusedAssign(nil, nil, nil, nil)}:
./124_deadlocals_removed.go:30:26:     from unusedAssign(nil, nil, nil, nil) (spill) at ./124_deadlocals_removed.go:30:26
./124_deadlocals_removed.go:30:26:     from ... argument (slice-literal-element) at ./124_deadlocals_removed.go:30:13
./124_deadlocals_removed.go:30:26:   flow: {heap} ← {storage for ... argument}:
./124_deadlocals_removed.go:30:26:     from ... argument (spill) at ./124_deadlocals_removed.go:30:13
./124_deadlocals_removed.go:30:26:     from fmt.Println(... argument...) (call parameter) at ./124_deadlocals_removed.go:30:13
./124_deadlocals_removed.go:30:58: usedAssign() escapes to heap in main:
./124_deadlocals_removed.go:30:58:   flow: {storage for ... argument} ← &{storage for usedAssign()}:
./124_deadlocals_removed.go:30:58:     from usedAssign() (spill) at ./124_deadlocals_removed.go:30:58
./124_deadlocals_removed.go:30:58:     from ... argument (slice-literal-element) at ./124_deadlocals_removed.go:30:13
./124_deadlocals_removed.go:30:58:   flow: {heap} ← {storage for ... argument}:
./124_deadlocals_removed.go:30:58:     from ... argument (spill) at ./124_deadlocals_removed.go:30:13
./124_deadlocals_removed.go:30:58:     from fmt.Println(... argument...) (call parameter) at ./124_deadlocals_removed.go:30:13
./124_deadlocals_removed.go:30:13: ... argument does not escape
./124_deadlocals_removed.go:30:26: unusedAssign(nil, nil, nil, nil) escapes to heap
./124_deadlocals_removed.go:30:58: usedAssign() escapes to heap
./124_deadlocals_removed.go:13:27: "never" escapes to heap in unusedAssign.func1:
./124_deadlocals_removed.go:13:27:   flow: {storage for ... argument} ← &{storage for "never"}:
./124_deadlocals_removed.go:13:27:     from "never" (spill) at ./124_deadlocals_removed.go:13:27
./124_deadlocals_removed.go:13:27:     from ... argument (slice-literal-element) at ./124_deadlocals_removed.go:13:26
./124_deadlocals_removed.go:13:27:   flow: {heap} ← {storage for ... argument}:
./124_deadlocals_removed.go:13:27:     from ... argument (spill) at ./124_deadlocals_removed.go:13:26
./124_deadlocals_removed.go:13:27:     from fmt.Println(... argument...) (call parameter) at ./124_deadlocals_removed.go:13:26
./124_deadlocals_removed.go:13:26: ... argument does not escape
./124_deadlocals_removed.go:13:27: "never" escapes to heap
