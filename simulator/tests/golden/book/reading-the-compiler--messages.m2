./reading-the-compiler--messages.go:10:11: parameter b leaks to {heap} for keep with derefs=0:
./reading-the-compiler--messages.go:10:11:   flow: {heap} ← b:
./reading-the-compiler--messages.go:10:11:     from kept = b (assign) at ./reading-the-compiler--messages.go:10:40
./reading-the-compiler--messages.go:10:11: leaking param: b
./reading-the-compiler--messages.go:11:15: parameter b leaks to {heap} for keepData with derefs=1:
./reading-the-compiler--messages.go:11:15:   flow: {heap} ← *b:
./reading-the-compiler--messages.go:11:15:     from b.data (dot of pointer) at ./reading-the-compiler--messages.go:11:47
./reading-the-compiler--messages.go:11:15:     from keptData = b.data (assign) at ./reading-the-compiler--messages.go:11:44
./reading-the-compiler--messages.go:11:15: leaking param content: b
./reading-the-compiler--messages.go:12:12: b does not escape
./reading-the-compiler--messages.go:13:11: parameter b leaks to ~r0 for same with derefs=0:
./reading-the-compiler--messages.go:13:11:   flow: ~r0 ← b:
./reading-the-compiler--messages.go:13:11:     from return b (return) at ./reading-the-compiler--messages.go:13:35
./reading-the-compiler--messages.go:13:11: leaking param: b to result ~r0 level=0
./reading-the-compiler--messages.go:14:15: parameter b leaks to ~r0 for contents with derefs=1:
./reading-the-compiler--messages.go:14:15:   flow: ~r0 ← *b:
./reading-the-compiler--messages.go:14:15:     from b.data (dot of pointer) at ./reading-the-compiler--messages.go:14:43
./reading-the-compiler--messages.go:14:15:     from return b.data (return) at ./reading-the-compiler--messages.go:14:35
./reading-the-compiler--messages.go:14:15: leaking param: b to result ~r0 level=1
./reading-the-compiler--messages.go:17:2: a escapes to heap in main:
./reading-the-compiler--messages.go:17:2:   flow: {heap} ← &a:
./reading-the-compiler--messages.go:17:2:     from &a (address-of) at ./reading-the-compiler--messages.go:18:7
./reading-the-compiler--messages.go:17:2:     from keep(&a) (call parameter) at ./reading-the-compiler--messages.go:18:6
./reading-the-compiler--messages.go:24:19: first(&c) escapes to heap in main:
./reading-the-compiler--messages.go:24:19:   flow: {storage for ... argument} ← &{storage for first(&c)}:
./reading-the-compiler--messages.go:24:19:     from first(&c) (spill) at ./reading-the-compiler--messages.go:24:19
./reading-the-compiler--messages.go:24:19:     from ... argument (slice-literal-element) at ./reading-the-compiler--messages.go:24:13
./reading-the-compiler--messages.go:24:19:   flow: {heap} ← {storage for ... argument}:
./reading-the-compiler--messages.go:24:19:     from ... argument (spill) at ./reading-the-compiler--messages.go:24:13
./reading-the-compiler--messages.go:24:19:     from fmt.Println(... argument...) (call parameter) at ./reading-the-compiler--messages.go:24:13
./reading-the-compiler--messages.go:24:28: len(e) escapes to heap in main:
./reading-the-compiler--messages.go:24:28:   flow: {storage for ... argument} ← &{storage for len(e)}:
./reading-the-compiler--messages.go:24:28:     from len(e) (spill) at ./reading-the-compiler--messages.go:24:28
./reading-the-compiler--messages.go:24:28:     from ... argument (slice-literal-element) at ./reading-the-compiler--messages.go:24:13
./reading-the-compiler--messages.go:24:28:   flow: {heap} ← {storage for ... argument}:
./reading-the-compiler--messages.go:24:28:     from ... argument (spill) at ./reading-the-compiler--messages.go:24:13
./reading-the-compiler--messages.go:24:28:     from fmt.Println(... argument...) (call parameter) at ./reading-the-compiler--messages.go:24:13
./reading-the-compiler--messages.go:19:28: ([]byte)("hi") escapes to heap in main:
./reading-the-compiler--messages.go:19:28:   flow: {storage for &buffer{...}} ← &{storage for ([]byte)("hi")}:
./reading-the-compiler--messages.go:19:28:     from ([]byte)("hi") (spill) at ./reading-the-compiler--messages.go:19:28
./reading-the-compiler--messages.go:19:28:     from buffer{...} (struct literal element) at ./reading-the-compiler--messages.go:19:14
./reading-the-compiler--messages.go:19:28:   flow: b ← &{storage for &buffer{...}}:
./reading-the-compiler--messages.go:19:28:     from &buffer{...} (spill) at ./reading-the-compiler--messages.go:19:7
./reading-the-compiler--messages.go:19:28:     from b := &buffer{...} (assign) at ./reading-the-compiler--messages.go:19:4
./reading-the-compiler--messages.go:19:28:   flow: {heap} ← *b:
./reading-the-compiler--messages.go:19:28:     from keepData(b) (call parameter) at ./reading-the-compiler--messages.go:20:10
./reading-the-compiler--messages.go:17:24: make([]byte, 8) escapes to heap in main:
./reading-the-compiler--messages.go:17:24:   flow: a ← &{storage for make([]byte, 8)}:
./reading-the-compiler--messages.go:17:24:     from make([]byte, 8) (spill) at ./reading-the-compiler--messages.go:17:24
./reading-the-compiler--messages.go:17:24:     from buffer{...} (struct literal element) at ./reading-the-compiler--messages.go:17:13
./reading-the-compiler--messages.go:17:24:     from a := buffer{...} (assign) at ./reading-the-compiler--messages.go:17:4
./reading-the-compiler--messages.go:17:2: moved to heap: a
./reading-the-compiler--messages.go:17:24: make([]byte, 8) escapes to heap
./reading-the-compiler--messages.go:19:7: &buffer{...} does not escape
./reading-the-compiler--messages.go:19:28: ([]byte)("hi") escapes to heap
./reading-the-compiler--messages.go:21:24: make([]byte, 4) does not escape
./reading-the-compiler--messages.go:24:13: ... argument does not escape
./reading-the-compiler--messages.go:24:19: first(&c) escapes to heap
./reading-the-compiler--messages.go:24:28: len(e) escapes to heap
