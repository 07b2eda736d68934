./118_multi_callee_merge.go:11:14: p does not escape
./118_multi_callee_merge.go:12:13: parameter p leaks to {heap} for retain with derefs=0:
./118_multi_callee_merge.go:12:13:   flow: {heap} ← p:
./118_multi_callee_merge.go:12:13:     from sinkP = p (assign) at ./118_multi_callee_merge.go:12:34
./118_multi_callee_merge.go:12:13: leaking param: p
./118_multi_callee_merge.go:13:12: p does not escape
./118_multi_callee_merge.go:40:2: d escapes to heap in pick:
./118_multi_callee_merge.go:40:2:   flow: {heap} ← &d:
./118_multi_callee_merge.go:40:2:     from &d (address-of) at ./118_multi_callee_merge.go:41:15
./118_multi_callee_merge.go:40:2:     from k(&d) (call parameter) at ./118_multi_callee_merge.go:41:14
./118_multi_callee_merge.go:27:2: b escapes to heap in pick:
./118_multi_callee_merge.go:27:2:   flow: {temp} ← &b:
./118_multi_callee_merge.go:27:2:     from &b (address-of) at ./118_multi_callee_merge.go:28:9
./118_multi_callee_merge.go:27:2:     from g(&b) (call parameter) at ./118_multi_callee_merge.go:28:8
./118_multi_callee_merge.go:27:2:   flow: {heap} ← {temp}:
./118_multi_callee_merge.go:15:21: ext does not escape
./118_multi_callee_merge.go:27:2: moved to heap: b
./118_multi_callee_merge.go:40:2: moved to heap: d
./118_multi_callee_merge.go:45:18: pick(2, inspect) escapes to heap in main:
./118_multi_callee_merge.go:45:18:   flow: {storage for ... argument} ← &{storage for pick(2, inspect)}:
./118_multi_callee_merge.go:45:18:     from pick(2, inspect) (spill) at ./118_multi_callee_merge.go:45:18
./118_multi_callee_merge.go:45:18:     from ... argument (slice-literal-element) at ./118_multi_callee_merge.go:45:13
./118_multi_callee_merge.go:45:18:   flow: {heap} ← {storage for ... argument}:
./118_multi_callee_merge.go:45:18:     from ... argument (spill) at ./118_multi_callee_merge.go:45:13
./118_multi_callee_merge.go:45:18:     from fmt.Println(... argument...) (call parameter) at ./118_multi_callee_merge.go:45:13
./118_multi_callee_merge.go:45:32: *sinkP escapes to heap in main:
./118_multi_callee_merge.go:45:32:   flow: {storage for ... argument} ← &{storage for *sinkP}:
./118_multi_callee_merge.go:45:32:     from *sinkP (spill) at ./118_multi_callee_merge.go:45:32
./118_multi_callee_merge.go:45:32:     from ... argument (slice-literal-element) at ./118_multi_callee_merge.go:45:13
./118_multi_callee_merge.go:45:32:   flow: {heap} ← {storage for ... argument}:
./118_multi_callee_merge.go:45:32:     from ... argument (spill) at ./118_multi_callee_merge.go:45:13
./118_multi_callee_merge.go:45:32:     from fmt.Println(... argument...) (call parameter) at ./118_multi_callee_merge.go:45:13
./118_multi_callee_merge.go:45:13: ... argument does not escape
./118_multi_callee_merge.go:45:18: pick(2, inspect) escapes to heap
./118_multi_callee_merge.go:45:32: *sinkP escapes to heap
