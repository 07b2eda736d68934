./114_loop_depth_nested.go:14:4: x escapes to heap in nested:
./114_loop_depth_nested.go:14:4:   flow: mid ← &x:
./114_loop_depth_nested.go:14:4:     from &x (address-of) at ./114_loop_depth_nested.go:15:10
./114_loop_depth_nested.go:14:4:     from mid = &x (assign) at ./114_loop_depth_nested.go:15:8
./114_loop_depth_nested.go:14:4: moved to heap: x
./114_loop_depth_nested.go:33:4: v escapes to heap in labeled:
./114_loop_depth_nested.go:33:4:   flow: last ← &v:
./114_loop_depth_nested.go:33:4:     from &v (address-of) at ./114_loop_depth_nested.go:34:11
./114_loop_depth_nested.go:33:4:     from last = &v (assign) at ./114_loop_depth_nested.go:34:9
./114_loop_depth_nested.go:33:4: moved to heap: v
./114_loop_depth_nested.go:44:20: nested() escapes to heap in main:
./114_loop_depth_nested.go:44:20:   flow: {storage for ... argument} ← &{storage for nested()}:
./114_loop_depth_nested.go:44:20:     from nested() (spill) at ./114_loop_depth_nested.go:44:20
./114_loop_depth_nested.go:44:20:     from ... argument (slice-literal-element) at ./114_loop_depth_nested.go:44:13
./114_loop_depth_nested.go:44:20:   flow: {heap} ← {storage for ... argument}:
./114_loop_depth_nested.go:44:20:     from ... argument (spill) at ./114_loop_depth_nested.go:44:13
./114_loop_depth_nested.go:44:20:     from fmt.Println(... argument...) (call parameter) at ./114_loop_depth_nested.go:44:13
./114_loop_depth_nested.go:44:31: labeled() escapes to heap in main:
./114_loop_depth_nested.go:44:31:   flow: {storage for ... argument} ← &{storage for labeled()}:
./114_loop_depth_nested.go:44:31:     from labeled() (spill) at ./114_loop_depth_nested.go:44:31
./114_loop_depth_nested.go:44:31:     from ... argument (slice-literal-element) at ./114_loop_depth_nested.go:44:13
./114_loop_depth_nested.go:44:31:   flow: {heap} ← {storage for ... argument}:
./114_loop_depth_nested.go:44:31:     from ... argument (spill) at ./114_loop_depth_nested.go:44:13
./114_loop_depth_nested.go:44:31:     from fmt.Println(... argument...) (call parameter) at ./114_loop_depth_nested.go:44:13
./114_loop_depth_nested.go:44:13: ... argument does not escape
./114_loop_depth_nested.go:44:20: nested() escapes to heap
./114_loop_depth_nested.go:44:31: labeled() escapes to heap
