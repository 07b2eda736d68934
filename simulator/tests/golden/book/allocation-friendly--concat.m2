./allocation-friendly--concat.go:11:13: s + w + "," escapes to heap in Before:
./allocation-friendly--concat.go:11:13:   flow: s ← &{storage for s + w + ","}:
./allocation-friendly--concat.go:11:13:     from s + w + "," (spill) at ./allocation-friendly--concat.go:11:13
./allocation-friendly--concat.go:11:13:     from s = s + w + "," (assign) at ./allocation-friendly--concat.go:11:5
./allocation-friendly--concat.go:11:13:   flow: {heap} ← s:
./allocation-friendly--concat.go:11:13:     from joined = s (assign) at ./allocation-friendly--concat.go:13:9
./allocation-friendly--concat.go:11:13: s + w + "," escapes to heap
./allocation-friendly--concat.go:22:18: string(b) escapes to heap in After:
./allocation-friendly--concat.go:22:18:   flow: {heap} ← &{storage for string(b)}:
./allocation-friendly--concat.go:22:18:     from string(b) (spill) at ./allocation-friendly--concat.go:22:18
./allocation-friendly--concat.go:22:18:     from joined = string(b) (assign) at ./allocation-friendly--concat.go:22:9
./allocation-friendly--concat.go:17:11: make([]byte, 0, 64) does not escape
./allocation-friendly--concat.go:19:13: append does not escape
./allocation-friendly--concat.go:20:13: append does not escape
./allocation-friendly--concat.go:22:18: string(b) escapes to heap
./allocation-friendly--concat.go:27:14: joined escapes to heap in main:
./allocation-friendly--concat.go:27:14:   flow: {storage for ... argument} ← &{storage for joined}:
./allocation-friendly--concat.go:27:14:     from joined (spill) at ./allocation-friendly--concat.go:27:14
./allocation-friendly--concat.go:27:14:     from ... argument (slice-literal-element) at ./allocation-friendly--concat.go:27:13
./allocation-friendly--concat.go:27:14:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--concat.go:27:14:     from ... argument (spill) at ./allocation-friendly--concat.go:27:13
./allocation-friendly--concat.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./allocation-friendly--concat.go:27:13
./allocation-friendly--concat.go:29:14: joined escapes to heap in main:
./allocation-friendly--concat.go:29:14:   flow: {storage for ... argument} ← &{storage for joined}:
./allocation-friendly--concat.go:29:14:     from joined (spill) at ./allocation-friendly--concat.go:29:14
./allocation-friendly--concat.go:29:14:     from ... argument (slice-literal-element) at ./allocation-friendly--concat.go:29:13
./allocation-friendly--concat.go:29:14:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--concat.go:29:14:     from ... argument (spill) at ./allocation-friendly--concat.go:29:13
./allocation-friendly--concat.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./allocation-friendly--concat.go:29:13
./allocation-friendly--concat.go:27:13: ... argument does not escape
./allocation-friendly--concat.go:27:14: joined escapes to heap
./allocation-friendly--concat.go:29:13: ... argument does not escape
./allocation-friendly--concat.go:29:14: joined escapes to heap
