./reading-the-compiler--levels.go:10:11: parameter b leaks to ~r0 for same with derefs=0:
./reading-the-compiler--levels.go:10:11:   flow: ~r0 ← b:
./reading-the-compiler--levels.go:10:11:     from return b (return) at ./reading-the-compiler--levels.go:10:35
./reading-the-compiler--levels.go:10:11: leaking param: b to result ~r0 level=0
./reading-the-compiler--levels.go:11:15: parameter b leaks to ~r0 for contents with derefs=1:
./reading-the-compiler--levels.go:11:15:   flow: ~r0 ← *b:
./reading-the-compiler--levels.go:11:15:     from b.data (dot of pointer) at ./reading-the-compiler--levels.go:11:43
./reading-the-compiler--levels.go:11:15:     from return b.data (return) at ./reading-the-compiler--levels.go:11:35
./reading-the-compiler--levels.go:11:15: leaking param: b to result ~r0 level=1
./reading-the-compiler--levels.go:14:2: x escapes to heap in main:
./reading-the-compiler--levels.go:14:2:   flow: {heap} ← &x:
./reading-the-compiler--levels.go:14:2:     from &x (address-of) at ./reading-the-compiler--levels.go:15:13
./reading-the-compiler--levels.go:14:2:     from same(&x) (call parameter) at ./reading-the-compiler--levels.go:15:12
./reading-the-compiler--levels.go:14:2:     from out = same(&x) (assign) at ./reading-the-compiler--levels.go:15:6
./reading-the-compiler--levels.go:16:24: make([]byte, 8) escapes to heap in main:
./reading-the-compiler--levels.go:16:24:   flow: y ← &{storage for make([]byte, 8)}:
./reading-the-compiler--levels.go:16:24:     from make([]byte, 8) (spill) at ./reading-the-compiler--levels.go:16:24
./reading-the-compiler--levels.go:16:24:     from buffer{...} (struct literal element) at ./reading-the-compiler--levels.go:16:13
./reading-the-compiler--levels.go:16:24:     from y := buffer{...} (assign) at ./reading-the-compiler--levels.go:16:4
./reading-the-compiler--levels.go:16:24:   flow: {heap} ← y:
./reading-the-compiler--levels.go:16:24:     from &y (address-of) at ./reading-the-compiler--levels.go:17:21
./reading-the-compiler--levels.go:16:24:     from contents(&y) (call parameter) at ./reading-the-compiler--levels.go:17:20
./reading-the-compiler--levels.go:16:24:     from outData = contents(&y) (assign) at ./reading-the-compiler--levels.go:17:10
./reading-the-compiler--levels.go:18:17: len(out.data) escapes to heap in main:
./reading-the-compiler--levels.go:18:17:   flow: {storage for ... argument} ← &{storage for len(out.data)}:
./reading-the-compiler--levels.go:18:17:     from len(out.data) (spill) at ./reading-the-compiler--levels.go:18:17
./reading-the-compiler--levels.go:18:17:     from ... argument (slice-literal-element) at ./reading-the-compiler--levels.go:18:13
./reading-the-compiler--levels.go:18:17:   flow: {heap} ← {storage for ... argument}:
./reading-the-compiler--levels.go:18:17:     from ... argument (spill) at ./reading-the-compiler--levels.go:18:13
./reading-the-compiler--levels.go:18:17:     from fmt.Println(... argument...) (call parameter) at ./reading-the-compiler--levels.go:18:13
./reading-the-compiler--levels.go:18:32: len(outData) escapes to heap in main:
./reading-the-compiler--levels.go:18:32:   flow: {storage for ... argument} ← &{storage for len(outData)}:
./reading-the-compiler--levels.go:18:32:     from len(outData) (spill) at ./reading-the-compiler--levels.go:18:32
./reading-the-compiler--levels.go:18:32:     from ... argument (slice-literal-element) at ./reading-the-compiler--levels.go:18:13
./reading-the-compiler--levels.go:18:32:   flow: {heap} ← {storage for ... argument}:
./reading-the-compiler--levels.go:18:32:     from ... argument (spill) at ./reading-the-compiler--levels.go:18:13
./reading-the-compiler--levels.go:18:32:     from fmt.Println(... argument...) (call parameter) at ./reading-the-compiler--levels.go:18:13
./reading-the-compiler--levels.go:14:24: make([]byte, 8) escapes to heap in main:
./reading-the-compiler--levels.go:14:24:   flow: x ← &{storage for make([]byte, 8)}:
./reading-the-compiler--levels.go:14:24:     from make([]byte, 8) (spill) at ./reading-the-compiler--levels.go:14:24
./reading-the-compiler--levels.go:14:24:     from buffer{...} (struct literal element) at ./reading-the-compiler--levels.go:14:13
./reading-the-compiler--levels.go:14:24:     from x := buffer{...} (assign) at ./reading-the-compiler--levels.go:14:4
./reading-the-compiler--levels.go:14:2: moved to heap: x
./reading-the-compiler--levels.go:14:24: make([]byte, 8) escapes to heap
./reading-the-compiler--levels.go:16:24: make([]byte, 8) escapes to heap
./reading-the-compiler--levels.go:18:13: ... argument does not escape
./reading-the-compiler--levels.go:18:17: len(out.data) escapes to heap
./reading-the-compiler--levels.go:18:32: len(outData) escapes to heap
