./157_closure_fold_and_lost.go:12:2: folded capturing by value: y (addr=false assign=false width=8)
./157_closure_fold_and_lost.go:13:2: folded capturing by value: s (addr=false assign=false width=16)
./157_closure_fold_and_lost.go:14:30: 5 escapes to heap in folded.func1:
./157_closure_fold_and_lost.go:14:30:   flow: {storage for ... argument} ← &{storage for 5}:
./157_closure_fold_and_lost.go:14:30:     from 5 (spill) at ./157_closure_fold_and_lost.go:14:30
./157_closure_fold_and_lost.go:14:30:     from ... argument (slice-literal-element) at ./157_closure_fold_and_lost.go:14:29
./157_closure_fold_and_lost.go:14:30:   flow: {heap} ← {storage for ... argument}:
./157_closure_fold_and_lost.go:14:30:     from ... argument (spill) at ./157_closure_fold_and_lost.go:14:29
./157_closure_fold_and_lost.go:14:30:     from fmt.Println(... argument...) (call parameter) at ./157_closure_fold_and_lost.go:14:29
./157_closure_fold_and_lost.go:14:33: "const" escapes to heap in folded.func1:
./157_closure_fold_and_lost.go:14:33:   flow: {storage for ... argument} ← &{storage for "const"}:
./157_closure_fold_and_lost.go:14:33:     from "const" (spill) at ./157_closure_fold_and_lost.go:14:33
./157_closure_fold_and_lost.go:14:33:     from ... argument (slice-literal-element) at ./157_closure_fold_and_lost.go:14:29
./157_closure_fold_and_lost.go:14:33:   flow: {heap} ← {storage for ... argument}:
./157_closure_fold_and_lost.go:14:33:     from ... argument (spill) at ./157_closure_fold_and_lost.go:14:29
./157_closure_fold_and_lost.go:14:33:     from fmt.Println(... argument...) (call parameter) at ./157_closure_fold_and_lost.go:14:29
./157_closure_fold_and_lost.go:14:9: func literal escapes to heap in folded:
./157_closure_fold_and_lost.go:14:9:   flow: ~r0 ← &{storage for func literal}:
./157_closure_fold_and_lost.go:14:9:     from func literal (spill) at ./157_closure_fold_and_lost.go:14:9
./157_closure_fold_and_lost.go:14:9:     from return func literal (return) at ./157_closure_fold_and_lost.go:14:2
./157_closure_fold_and_lost.go:14:9: func literal escapes to heap
./157_closure_fold_and_lost.go:14:29: ... argument does not escape
./157_closure_fold_and_lost.go:14:30: 5 escapes to heap
./157_closure_fold_and_lost.go:14:33: "const" escapes to heap
./157_closure_fold_and_lost.go:18:2: lost capturing by ref: w (addr=true assign=false width=8)
./157_closure_fold_and_lost.go:18:2: w escapes to heap in lost:
./157_closure_fold_and_lost.go:18:2:   flow: ~r0 ← &w:
./157_closure_fold_and_lost.go:18:2:     from &w (address-of) at ./157_closure_fold_and_lost.go:19:43
./157_closure_fold_and_lost.go:18:2:     from return &w (return) at ./157_closure_fold_and_lost.go:19:36
./157_closure_fold_and_lost.go:18:2: moved to heap: w
./157_closure_fold_and_lost.go:19:21: []func() *int{...} does not escape
./157_closure_fold_and_lost.go:19:22: func literal does not escape
./157_closure_fold_and_lost.go:26:14: *gp escapes to heap in main:
./157_closure_fold_and_lost.go:26:14:   flow: {storage for ... argument} ← &{storage for *gp}:
./157_closure_fold_and_lost.go:26:14:     from *gp (spill) at ./157_closure_fold_and_lost.go:26:14
./157_closure_fold_and_lost.go:26:14:     from ... argument (slice-literal-element) at ./157_closure_fold_and_lost.go:26:13
./157_closure_fold_and_lost.go:26:14:   flow: {heap} ← {storage for ... argument}:
./157_closure_fold_and_lost.go:26:14:     from ... argument (spill) at ./157_closure_fold_and_lost.go:26:13
./157_closure_fold_and_lost.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./157_closure_fold_and_lost.go:26:13
./157_closure_fold_and_lost.go:26:13: ... argument does not escape
./157_closure_fold_and_lost.go:26:14: *gp escapes to heap
