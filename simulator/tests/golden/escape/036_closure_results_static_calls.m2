./036_closure_results_static_calls.go:9:12: f does not escape
./036_closure_results_static_calls.go:12:2: direct capturing by ref: v (addr=true assign=false width=8)
./036_closure_results_static_calls.go:13:9: func literal does not escape
./036_closure_results_static_calls.go:19:2: passed capturing by ref: w (addr=true assign=false width=8)
./036_closure_results_static_calls.go:20:9: func literal does not escape
./036_closure_results_static_calls.go:25:2: immediate capturing by ref: u (addr=true assign=false width=8)
./036_closure_results_static_calls.go:26:7: func literal does not escape
./036_closure_results_static_calls.go:32:17: f does not escape
./036_closure_results_static_calls.go:35:2: stored capturing by ref: s (addr=true assign=false width=8)
./036_closure_results_static_calls.go:35:2: s escapes to heap in stored:
./036_closure_results_static_calls.go:35:2:   flow: ~r0 ← &s:
./036_closure_results_static_calls.go:35:2:     from &s (address-of) at ./036_closure_results_static_calls.go:36:30
./036_closure_results_static_calls.go:35:2:     from return &s (return) at ./036_closure_results_static_calls.go:36:23
./036_closure_results_static_calls.go:35:2: moved to heap: s
./036_closure_results_static_calls.go:36:9: func literal does not escape
./036_closure_results_static_calls.go:42:20: direct() escapes to heap in main:
./036_closure_results_static_calls.go:42:20:   flow: {storage for ... argument} ← &{storage for direct()}:
./036_closure_results_static_calls.go:42:20:     from direct() (spill) at ./036_closure_results_static_calls.go:42:20
./036_closure_results_static_calls.go:42:20:     from ... argument (slice-literal-element) at ./036_closure_results_static_calls.go:42:13
./036_closure_results_static_calls.go:42:20:   flow: {heap} ← {storage for ... argument}:
./036_closure_results_static_calls.go:42:20:     from ... argument (spill) at ./036_closure_results_static_calls.go:42:13
./036_closure_results_static_calls.go:42:20:     from fmt.Println(... argument...) (call parameter) at ./036_closure_results_static_calls.go:42:13
./036_closure_results_static_calls.go:42:30: passed() escapes to heap in main:
./036_closure_results_static_calls.go:42:30:   flow: {storage for ... argument} ← &{storage for passed()}:
./036_closure_results_static_calls.go:42:30:     from passed() (spill) at ./036_closure_results_static_calls.go:42:30
./036_closure_results_static_calls.go:42:30:     from ... argument (slice-literal-element) at ./036_closure_results_static_calls.go:42:13
./036_closure_results_static_calls.go:42:30:   flow: {heap} ← {storage for ... argument}:
./036_closure_results_static_calls.go:42:30:     from ... argument (spill) at ./036_closure_results_static_calls.go:42:13
./036_closure_results_static_calls.go:42:30:     from fmt.Println(... argument...) (call parameter) at ./036_closure_results_static_calls.go:42:13
./036_closure_results_static_calls.go:42:43: immediate() escapes to heap in main:
./036_closure_results_static_calls.go:42:43:   flow: {storage for ... argument} ← &{storage for immediate()}:
./036_closure_results_static_calls.go:42:43:     from immediate() (spill) at ./036_closure_results_static_calls.go:42:43
./036_closure_results_static_calls.go:42:43:     from ... argument (slice-literal-element) at ./036_closure_results_static_calls.go:42:13
./036_closure_results_static_calls.go:42:43:   flow: {heap} ← {storage for ... argument}:
./036_closure_results_static_calls.go:42:43:     from ... argument (spill) at ./036_closure_results_static_calls.go:42:13
./036_closure_results_static_calls.go:42:43:     from fmt.Println(... argument...) (call parameter) at ./036_closure_results_static_calls.go:42:13
./036_closure_results_static_calls.go:42:53: stored() escapes to heap in main:
./036_closure_results_static_calls.go:42:53:   flow: {storage for ... argument} ← &{storage for stored()}:
./036_closure_results_static_calls.go:42:53:     from stored() (spill) at ./036_closure_results_static_calls.go:42:53
./036_closure_results_static_calls.go:42:53:     from ... argument (slice-literal-element) at ./036_closure_results_static_calls.go:42:13
./036_closure_results_static_calls.go:42:53:   flow: {heap} ← {storage for ... argument}:
./036_closure_results_static_calls.go:42:53:     from ... argument (spill) at ./036_closure_results_static_calls.go:42:13
./036_closure_results_static_calls.go:42:53:     from fmt.Println(... argument...) (call parameter) at ./036_closure_results_static_calls.go:42:13
./036_closure_results_static_calls.go:42:13: ... argument does not escape
./036_closure_results_static_calls.go:42:20: direct() escapes to heap
./036_closure_results_static_calls.go:42:30: passed() escapes to heap
./036_closure_results_static_calls.go:42:43: immediate() escapes to heap
./036_closure_results_static_calls.go:42:53: stored() escapes to heap
