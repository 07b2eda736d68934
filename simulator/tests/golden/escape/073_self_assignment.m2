./073_self_assignment.go:16:39: (*Buf).advance ignoring self-assignment in b.data = b.data[n:]
./073_self_assignment.go:16:7: b does not escape
./073_self_assignment.go:17:7: parameter b leaks to {heap} for (*Buf).rewind with derefs=1:
./073_self_assignment.go:17:7:   flow: {heap} ← *b:
./073_self_assignment.go:17:7:     from b.data (dot of pointer) at ./073_self_assignment.go:17:42
./073_self_assignment.go:17:7:     from b.data[0] (dot of pointer) at ./073_self_assignment.go:17:47
./073_self_assignment.go:17:7:     from &b.data[0] (address-of) at ./073_self_assignment.go:17:40
./073_self_assignment.go:17:7:     from b.cur = &b.data[0] (assign) at ./073_self_assignment.go:17:38
./073_self_assignment.go:17:7: leaking param content: b
./073_self_assignment.go:18:43: (*Buf).swapParts ignoring self-assignment in b.parts[0] = b.parts[1]
./073_self_assignment.go:18:7: b does not escape
./073_self_assignment.go:19:7: parameter b leaks to {heap} for (*Buf).fromArr with derefs=0:
./073_self_assignment.go:19:7:   flow: {heap} ← b:
./073_self_assignment.go:19:7:     from b.arr (dot of pointer) at ./073_self_assignment.go:19:42
./073_self_assignment.go:19:7:     from b.arr (address-of) at ./073_self_assignment.go:19:46
./073_self_assignment.go:19:7:     from b.arr[1:] (slice) at ./073_self_assignment.go:19:46
./073_self_assignment.go:19:7:     from b.data = b.arr[1:] (assign) at ./073_self_assignment.go:19:39
./073_self_assignment.go:19:7: leaking param: b
./073_self_assignment.go:21:28: trim ignoring self-assignment in *sp = (*sp)[1:]
./073_self_assignment.go:21:11: sp does not escape
./073_self_assignment.go:30:6: c escapes to heap in main:
./073_self_assignment.go:30:6:   flow: {heap} ← &c:
./073_self_assignment.go:30:6:     from c (address-of) at ./073_self_assignment.go:31:3
./073_self_assignment.go:30:6:     from (*Buf).fromArr(c) (call parameter) at ./073_self_assignment.go:31:11
./073_self_assignment.go:32:20: string(b.data) escapes to heap in main:
./073_self_assignment.go:32:20:   flow: {storage for ... argument} ← &{storage for string(b.data)}:
./073_self_assignment.go:32:20:     from string(b.data) (spill) at ./073_self_assignment.go:32:20
./073_self_assignment.go:32:20:     from ... argument (slice-literal-element) at ./073_self_assignment.go:32:13
./073_self_assignment.go:32:20:   flow: {heap} ← {storage for ... argument}:
./073_self_assignment.go:32:20:     from ... argument (spill) at ./073_self_assignment.go:32:13
./073_self_assignment.go:32:20:     from fmt.Println(... argument...) (call parameter) at ./073_self_assignment.go:32:13
./073_self_assignment.go:32:30: *b.cur escapes to heap in main:
./073_self_assignment.go:32:30:   flow: {storage for ... argument} ← &{storage for *b.cur}:
./073_self_assignment.go:32:30:     from *b.cur (spill) at ./073_self_assignment.go:32:30
./073_self_assignment.go:32:30:     from ... argument (slice-literal-element) at ./073_self_assignment.go:32:13
./073_self_assignment.go:32:30:   flow: {heap} ← {storage for ... argument}:
./073_self_assignment.go:32:30:     from ... argument (spill) at ./073_self_assignment.go:32:13
./073_self_assignment.go:32:30:     from fmt.Println(... argument...) (call parameter) at ./073_self_assignment.go:32:13
./073_self_assignment.go:32:41: len(s) escapes to heap in main:
./073_self_assignment.go:32:41:   flow: {storage for ... argument} ← &{storage for len(s)}:
./073_self_assignment.go:32:41:     from len(s) (spill) at ./073_self_assignment.go:32:41
./073_self_assignment.go:32:41:     from ... argument (slice-literal-element) at ./073_self_assignment.go:32:13
./073_self_assignment.go:32:41:   flow: {heap} ← {storage for ... argument}:
./073_self_assignment.go:32:41:     from ... argument (spill) at ./073_self_assignment.go:32:13
./073_self_assignment.go:32:41:     from fmt.Println(... argument...) (call parameter) at ./073_self_assignment.go:32:13
./073_self_assignment.go:32:49: len(c.data) escapes to heap in main:
./073_self_assignment.go:32:49:   flow: {storage for ... argument} ← &{storage for len(c.data)}:
./073_self_assignment.go:32:49:     from len(c.data) (spill) at ./073_self_assignment.go:32:49
./073_self_assignment.go:32:49:     from ... argument (slice-literal-element) at ./073_self_assignment.go:32:13
./073_self_assignment.go:32:49:   flow: {heap} ← {storage for ... argument}:
./073_self_assignment.go:32:49:     from ... argument (spill) at ./073_self_assignment.go:32:13
./073_self_assignment.go:32:49:     from fmt.Println(... argument...) (call parameter) at ./073_self_assignment.go:32:13
./073_self_assignment.go:24:25: ([]byte)("hello") escapes to heap in main:
./073_self_assignment.go:24:25:   flow: {storage for &Buf{...}} ← &{storage for ([]byte)("hello")}:
./073_self_assignment.go:24:25:     from ([]byte)("hello") (spill) at ./073_self_assignment.go:24:25
./073_self_assignment.go:24:25:     from Buf{...} (struct literal element) at ./073_self_assignment.go:24:11
./073_self_assignment.go:24:25:   flow: b ← &{storage for &Buf{...}}:
./073_self_assignment.go:24:25:     from &Buf{...} (spill) at ./073_self_assignment.go:24:7
./073_self_assignment.go:24:25:     from b := &Buf{...} (assign) at ./073_self_assignment.go:24:4
./073_self_assignment.go:24:25:   flow: {temp} ← b:
./073_self_assignment.go:24:25:     from (*Buf).rewind(b) (call parameter) at ./073_self_assignment.go:26:10
./073_self_assignment.go:24:25:   flow: {heap} ← *{temp}:
./073_self_assignment.go:32:22: string(b.data) escapes to heap in main:
./073_self_assignment.go:32:22:   flow: {storage for string(b.data)} ← &{storage for string(b.data)}:
./073_self_assignment.go:32:22:     from string(b.data) (spill) at ./073_self_assignment.go:32:22
./073_self_assignment.go:32:22:     from string(b.data) (interface-converted) at ./073_self_assignment.go:32:20
./073_self_assignment.go:30:6: moved to heap: c
./073_self_assignment.go:24:7: &Buf{...} does not escape
./073_self_assignment.go:24:25: ([]byte)("hello") escapes to heap
./073_self_assignment.go:28:12: []int{...} does not escape
./073_self_assignment.go:32:13: ... argument does not escape
./073_self_assignment.go:32:20: string(b.data) escapes to heap
./073_self_assignment.go:32:22: string(b.data) escapes to heap
./073_self_assignment.go:32:30: *b.cur escapes to heap
./073_self_assignment.go:32:41: len(s) escapes to heap
./073_self_assignment.go:32:49: len(c.data) escapes to heap
