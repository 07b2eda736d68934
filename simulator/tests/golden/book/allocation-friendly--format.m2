./allocation-friendly--format.go:13:15: append(b, byte(48 + n % 10)) escapes to heap in appendInt:
./allocation-friendly--format.go:13:15:   flow: ~r0 ← &{storage for append(b, byte(48 + n % 10))}:
./allocation-friendly--format.go:13:15:     from append(b, byte(48 + n % 10)) (spill) at ./allocation-friendly--format.go:13:15
./allocation-friendly--format.go:13:15:     from return append(b, byte(48 + n % 10)) (return) at ./allocation-friendly--format.go:13:2
./allocation-friendly--format.go:9:16: parameter b leaks to ~r0 for appendInt with derefs=0:
./allocation-friendly--format.go:9:16:   flow: {temp} ← b:
./allocation-friendly--format.go:9:16:     from append(b, byte(48 + n % 10)) (call parameter) at ./allocation-friendly--format.go:13:15
./allocation-friendly--format.go:9:16:   flow: ~r0 ← {temp}:
./allocation-friendly--format.go:9:16:     from return append(b, byte(48 + n % 10)) (return) at ./allocation-friendly--format.go:13:2
./allocation-friendly--format.go:9:16: leaking param: b to result ~r0 level=0
./allocation-friendly--format.go:13:15: append escapes to heap
./allocation-friendly--format.go:17:30: id escapes to heap in Before:
./allocation-friendly--format.go:17:30:   flow: {storage for ... argument} ← &{storage for id}:
./allocation-friendly--format.go:17:30:     from id (spill) at ./allocation-friendly--format.go:17:30
./allocation-friendly--format.go:17:30:     from ... argument (slice-literal-element) at ./allocation-friendly--format.go:17:20
./allocation-friendly--format.go:17:30:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--format.go:17:30:     from ... argument (spill) at ./allocation-friendly--format.go:17:20
./allocation-friendly--format.go:17:30:     from fmt.Sprintf("id=%d", ... argument...) (call parameter) at ./allocation-friendly--format.go:17:20
./allocation-friendly--format.go:17:20: ... argument does not escape
./allocation-friendly--format.go:17:30: id escapes to heap
./allocation-friendly--format.go:21:14: append(buf[:0], "id="...) escapes to heap in AfterString:
./allocation-friendly--format.go:21:14:   flow: {heap} ← &{storage for append(buf[:0], "id="...)}:
./allocation-friendly--format.go:21:14:     from append(buf[:0], "id="...) (spill) at ./allocation-friendly--format.go:21:14
./allocation-friendly--format.go:21:14:     from buf = append(buf[:0], "id="...) (assign) at ./allocation-friendly--format.go:21:6
./allocation-friendly--format.go:23:16: string(buf) escapes to heap in AfterString:
./allocation-friendly--format.go:23:16:   flow: {heap} ← &{storage for string(buf)}:
./allocation-friendly--format.go:23:16:     from string(buf) (spill) at ./allocation-friendly--format.go:23:16
./allocation-friendly--format.go:23:16:     from line = string(buf) (assign) at ./allocation-friendly--format.go:23:7
./allocation-friendly--format.go:21:14: append escapes to heap
./allocation-friendly--format.go:23:16: string(buf) escapes to heap
./allocation-friendly--format.go:27:14: append(buf[:0], "id="...) escapes to heap in AfterBytes:
./allocation-friendly--format.go:27:14:   flow: {heap} ← &{storage for append(buf[:0], "id="...)}:
./allocation-friendly--format.go:27:14:     from append(buf[:0], "id="...) (spill) at ./allocation-friendly--format.go:27:14
./allocation-friendly--format.go:27:14:     from buf = append(buf[:0], "id="...) (assign) at ./allocation-friendly--format.go:27:6
./allocation-friendly--format.go:27:14: append escapes to heap
./allocation-friendly--format.go:33:14: line escapes to heap in main:
./allocation-friendly--format.go:33:14:   flow: {storage for ... argument} ← &{storage for line}:
./allocation-friendly--format.go:33:14:     from line (spill) at ./allocation-friendly--format.go:33:14
./allocation-friendly--format.go:33:14:     from ... argument (slice-literal-element) at ./allocation-friendly--format.go:33:13
./allocation-friendly--format.go:33:14:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--format.go:33:14:     from ... argument (spill) at ./allocation-friendly--format.go:33:13
./allocation-friendly--format.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./allocation-friendly--format.go:33:13
./allocation-friendly--format.go:35:14: line escapes to heap in main:
./allocation-friendly--format.go:35:14:   flow: {storage for ... argument} ← &{storage for line}:
./allocation-friendly--format.go:35:14:     from line (spill) at ./allocation-friendly--format.go:35:14
./allocation-friendly--format.go:35:14:     from ... argument (slice-literal-element) at ./allocation-friendly--format.go:35:13
./allocation-friendly--format.go:35:14:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--format.go:35:14:     from ... argument (spill) at ./allocation-friendly--format.go:35:13
./allocation-friendly--format.go:35:14:     from fmt.Println(... argument...) (call parameter) at ./allocation-friendly--format.go:35:13
./allocation-friendly--format.go:37:20: string(buf) escapes to heap in main:
./allocation-friendly--format.go:37:20:   flow: {storage for ... argument} ← &{storage for string(buf)}:
./allocation-friendly--format.go:37:20:     from string(buf) (spill) at ./allocation-friendly--format.go:37:20
./allocation-friendly--format.go:37:20:     from ... argument (slice-literal-element) at ./allocation-friendly--format.go:37:13
./allocation-friendly--format.go:37:20:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--format.go:37:20:     from ... argument (spill) at ./allocation-friendly--format.go:37:13
./allocation-friendly--format.go:37:20:     from fmt.Println(... argument...) (call parameter) at ./allocation-friendly--format.go:37:13
./allocation-friendly--format.go:37:21: string(buf) escapes to heap in main:
./allocation-friendly--format.go:37:21:   flow: {storage for string(buf)} ← &{storage for string(buf)}:
./allocation-friendly--format.go:37:21:     from string(buf) (spill) at ./allocation-friendly--format.go:37:21
./allocation-friendly--format.go:37:21:     from string(buf) (interface-converted) at ./allocation-friendly--format.go:37:20
./allocation-friendly--format.go:33:13: ... argument does not escape
./allocation-friendly--format.go:33:14: line escapes to heap
./allocation-friendly--format.go:35:13: ... argument does not escape
./allocation-friendly--format.go:35:14: line escapes to heap
./allocation-friendly--format.go:37:13: ... argument does not escape
./allocation-friendly--format.go:37:20: string(buf) escapes to heap
./allocation-friendly--format.go:37:21: string(buf) escapes to heap
