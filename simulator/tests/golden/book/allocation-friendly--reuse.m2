./allocation-friendly--reuse.go:13:15: append(b, byte(48 + v % 10), byte(10)) escapes to heap in render:
./allocation-friendly--reuse.go:13:15:   flow: ~r0 ← &{storage for append(b, byte(48 + v % 10), byte(10))}:
./allocation-friendly--reuse.go:13:15:     from append(b, byte(48 + v % 10), byte(10)) (spill) at ./allocation-friendly--reuse.go:13:15
./allocation-friendly--reuse.go:13:15:     from return append(b, byte(48 + v % 10), byte(10)) (return) at ./allocation-friendly--reuse.go:13:2
./allocation-friendly--reuse.go:8:13: parameter b leaks to ~r0 for render with derefs=0:
./allocation-friendly--reuse.go:8:13:   flow: {temp} ← b:
./allocation-friendly--reuse.go:8:13:     from append(b, byte(48 + v % 10), byte(10)) (call parameter) at ./allocation-friendly--reuse.go:13:15
./allocation-friendly--reuse.go:8:13:   flow: ~r0 ← {temp}:
./allocation-friendly--reuse.go:8:13:     from return append(b, byte(48 + v % 10), byte(10)) (return) at ./allocation-friendly--reuse.go:13:2
./allocation-friendly--reuse.go:9:12: append(b, "value="...) escapes to heap in render:
./allocation-friendly--reuse.go:9:12:   flow: b ← &{storage for append(b, "value="...)}:
./allocation-friendly--reuse.go:9:12:     from append(b, "value="...) (spill) at ./allocation-friendly--reuse.go:9:12
./allocation-friendly--reuse.go:9:12:     from b = append(b, "value="...) (assign) at ./allocation-friendly--reuse.go:9:4
./allocation-friendly--reuse.go:9:12:   flow: {temp} ← b:
./allocation-friendly--reuse.go:9:12:     from append(b, byte(48 + v % 10), byte(10)) (call parameter) at ./allocation-friendly--reuse.go:13:15
./allocation-friendly--reuse.go:9:12:   flow: ~r0 ← {temp}:
./allocation-friendly--reuse.go:9:12:     from return append(b, byte(48 + v % 10), byte(10)) (return) at ./allocation-friendly--reuse.go:13:2
./allocation-friendly--reuse.go:11:13: append(b, byte(48 + v / 10)) escapes to heap in render:
./allocation-friendly--reuse.go:11:13:   flow: b ← &{storage for append(b, byte(48 + v / 10))}:
./allocation-friendly--reuse.go:11:13:     from append(b, byte(48 + v / 10)) (spill) at ./allocation-friendly--reuse.go:11:13
./allocation-friendly--reuse.go:11:13:     from b = append(b, byte(48 + v / 10)) (assign) at ./allocation-friendly--reuse.go:11:5
./allocation-friendly--reuse.go:11:13:   flow: {temp} ← b:
./allocation-friendly--reuse.go:11:13:     from append(b, byte(48 + v % 10), byte(10)) (call parameter) at ./allocation-friendly--reuse.go:13:15
./allocation-friendly--reuse.go:11:13:   flow: ~r0 ← {temp}:
./allocation-friendly--reuse.go:11:13:     from return append(b, byte(48 + v % 10), byte(10)) (return) at ./allocation-friendly--reuse.go:13:2
./allocation-friendly--reuse.go:8:13: leaking param: b to result ~r0 level=0
./allocation-friendly--reuse.go:9:12: append escapes to heap
./allocation-friendly--reuse.go:11:13: append escapes to heap
./allocation-friendly--reuse.go:13:15: append escapes to heap
./allocation-friendly--reuse.go:17:11: make([]byte, 0, n) escapes to heap in Before:
./allocation-friendly--reuse.go:17:11:   flow: b ← &{storage for make([]byte, 0, n)}:
./allocation-friendly--reuse.go:17:11:     from make([]byte, 0, n) (spill) at ./allocation-friendly--reuse.go:17:11
./allocation-friendly--reuse.go:17:11:     from b := make([]byte, 0, n) (assign) at ./allocation-friendly--reuse.go:17:4
./allocation-friendly--reuse.go:17:11:   flow: {temp} ← b:
./allocation-friendly--reuse.go:17:11:     from render(b, n) (call parameter) at ./allocation-friendly--reuse.go:18:14
./allocation-friendly--reuse.go:17:11:   flow: {heap} ← {temp}:
./allocation-friendly--reuse.go:17:11:     from out = render(b, n) (assign) at ./allocation-friendly--reuse.go:18:6
./allocation-friendly--reuse.go:17:11: make([]byte, 0, n) escapes to heap
./allocation-friendly--reuse.go:28:18: string(out) escapes to heap in main:
./allocation-friendly--reuse.go:28:18:   flow: {storage for ... argument} ← &{storage for string(out)}:
./allocation-friendly--reuse.go:28:18:     from string(out) (spill) at ./allocation-friendly--reuse.go:28:18
./allocation-friendly--reuse.go:28:18:     from ... argument (slice-literal-element) at ./allocation-friendly--reuse.go:28:11
./allocation-friendly--reuse.go:28:18:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--reuse.go:28:18:     from ... argument (spill) at ./allocation-friendly--reuse.go:28:11
./allocation-friendly--reuse.go:28:18:     from fmt.Print(... argument...) (call parameter) at ./allocation-friendly--reuse.go:28:11
./allocation-friendly--reuse.go:28:19: string(out) escapes to heap in main:
./allocation-friendly--reuse.go:28:19:   flow: {storage for string(out)} ← &{storage for string(out)}:
./allocation-friendly--reuse.go:28:19:     from string(out) (spill) at ./allocation-friendly--reuse.go:28:19
./allocation-friendly--reuse.go:28:19:     from string(out) (interface-converted) at ./allocation-friendly--reuse.go:28:18
./allocation-friendly--reuse.go:28:11: ... argument does not escape
./allocation-friendly--reuse.go:28:18: string(out) escapes to heap
./allocation-friendly--reuse.go:28:19: string(out) escapes to heap
