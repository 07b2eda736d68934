./stack--many.go:8:11: start does not escape
./stack--many.go:8:18: done does not escape
./stack--many.go:19:3: func literal escapes to heap in main:
./stack--many.go:19:3:   flow: {heap} ← &{storage for func literal}:
./stack--many.go:19:3:     from func literal (spill) at ./stack--many.go:19:3
./stack--many.go:19:3: main capturing by value: .autotmp_5 (addr=false assign=false width=8)
./stack--many.go:19:3: main capturing by value: .autotmp_6 (addr=false assign=false width=8)
./stack--many.go:22:14: "goroutines:" escapes to heap in main:
./stack--many.go:22:14:   flow: {storage for ... argument} ← &{storage for "goroutines:"}:
./stack--many.go:22:14:     from "goroutines:" (spill) at ./stack--many.go:22:14
./stack--many.go:22:14:     from ... argument (slice-literal-element) at ./stack--many.go:22:13
./stack--many.go:22:14:   flow: {heap} ← {storage for ... argument}:
./stack--many.go:22:14:     from ... argument (spill) at ./stack--many.go:22:13
./stack--many.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./stack--many.go:22:13
./stack--many.go:22:49: runtime.NumGoroutine() escapes to heap in main:
./stack--many.go:22:49:   flow: {storage for ... argument} ← &{storage for runtime.NumGoroutine()}:
./stack--many.go:22:49:     from runtime.NumGoroutine() (spill) at ./stack--many.go:22:49
./stack--many.go:22:49:     from ... argument (slice-literal-element) at ./stack--many.go:22:13
./stack--many.go:22:49:   flow: {heap} ← {storage for ... argument}:
./stack--many.go:22:49:     from ... argument (spill) at ./stack--many.go:22:13
./stack--many.go:22:49:     from fmt.Println(... argument...) (call parameter) at ./stack--many.go:22:13
./stack--many.go:23:14: "stack KiB each:" escapes to heap in main:
./stack--many.go:23:14:   flow: {storage for ... argument} ← &{storage for "stack KiB each:"}:
./stack--many.go:23:14:     from "stack KiB each:" (spill) at ./stack--many.go:23:14
./stack--many.go:23:14:     from ... argument (slice-literal-element) at ./stack--many.go:23:13
./stack--many.go:23:14:   flow: {heap} ← {storage for ... argument}:
./stack--many.go:23:14:     from ... argument (spill) at ./stack--many.go:23:13
./stack--many.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./stack--many.go:23:13
./stack--many.go:23:71: (after.StackInuse - before.StackInuse) / uint64(10000) / uint64(1024) escapes to heap in main:
./stack--many.go:23:71:   flow: {storage for ... argument} ← &{storage for (after.StackInuse - before.StackInuse) / uint64(10000) / uint64(1024)}:
./stack--many.go:23:71:     from (after.StackInuse - before.StackInuse) / uint64(10000) / uint64(1024) (spill) at ./stack--many.go:23:71
./stack--many.go:23:71:     from ... argument (slice-literal-element) at ./stack--many.go:23:13
./stack--many.go:23:71:   flow: {heap} ← {storage for ... argument}:
./stack--many.go:23:71:     from ... argument (spill) at ./stack--many.go:23:13
./stack--many.go:23:71:     from fmt.Println(... argument...) (call parameter) at ./stack--many.go:23:13
./stack--many.go:22:13: ... argument does not escape
./stack--many.go:22:14: "goroutines:" escapes to heap
./stack--many.go:22:49: runtime.NumGoroutine() escapes to heap
./stack--many.go:23:13: ... argument does not escape
./stack--many.go:23:14: "stack KiB each:" escapes to heap
./stack--many.go:23:71: (after.StackInuse - before.StackInuse) / uint64(10000) / uint64(1024) escapes to heap
