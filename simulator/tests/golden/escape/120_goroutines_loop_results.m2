./120_goroutines_loop_results.go:8:20: out does not escape
./120_goroutines_loop_results.go:14:3: func literal escapes to heap in main:
./120_goroutines_loop_results.go:14:3:   flow: {heap} ← &{storage for func literal}:
./120_goroutines_loop_results.go:14:3:     from func literal (spill) at ./120_goroutines_loop_results.go:14:3
./120_goroutines_loop_results.go:18:6: func literal escapes to heap in main:
./120_goroutines_loop_results.go:18:6:   flow: {heap} ← &{storage for func literal}:
./120_goroutines_loop_results.go:18:6:     from func literal (spill) at ./120_goroutines_loop_results.go:18:6
./120_goroutines_loop_results.go:14:3: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
./120_goroutines_loop_results.go:14:16: main capturing by value: .autotmp_4 (addr=false assign=false width=8)
./120_goroutines_loop_results.go:16:2: main capturing by value: done (addr=false assign=false width=8)
./120_goroutines_loop_results.go:17:6: main capturing by value: i (addr=false assign=false width=8)
./120_goroutines_loop_results.go:29:14: sum escapes to heap in main:
./120_goroutines_loop_results.go:29:14:   flow: {storage for ... argument} ← &{storage for sum}:
./120_goroutines_loop_results.go:29:14:     from sum (spill) at ./120_goroutines_loop_results.go:29:14
./120_goroutines_loop_results.go:29:14:     from ... argument (slice-literal-element) at ./120_goroutines_loop_results.go:29:13
./120_goroutines_loop_results.go:29:14:   flow: {heap} ← {storage for ... argument}:
./120_goroutines_loop_results.go:29:14:     from ... argument (spill) at ./120_goroutines_loop_results.go:29:13
./120_goroutines_loop_results.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./120_goroutines_loop_results.go:29:13
./120_goroutines_loop_results.go:11:15: []int{...} does not escape
./120_goroutines_loop_results.go:18:6: func literal escapes to heap
./120_goroutines_loop_results.go:29:13: ... argument does not escape
./120_goroutines_loop_results.go:29:14: sum escapes to heap
