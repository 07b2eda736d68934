./reading-the-compiler--join.go:11:13: s + w + " " escapes to heap in JoinPlus:
./reading-the-compiler--join.go:11:13:   flow: s ← &{storage for s + w + " "}:
./reading-the-compiler--join.go:11:13:     from s + w + " " (spill) at ./reading-the-compiler--join.go:11:13
./reading-the-compiler--join.go:11:13:     from s = s + w + " " (assign) at ./reading-the-compiler--join.go:11:5
./reading-the-compiler--join.go:11:13:   flow: {heap} ← s:
./reading-the-compiler--join.go:11:13:     from joined = s (assign) at ./reading-the-compiler--join.go:13:9
./reading-the-compiler--join.go:11:13: s + w + " " escapes to heap
./reading-the-compiler--join.go:22:18: string(b) escapes to heap in JoinBytes:
./reading-the-compiler--join.go:22:18:   flow: {heap} ← &{storage for string(b)}:
./reading-the-compiler--join.go:22:18:     from string(b) (spill) at ./reading-the-compiler--join.go:22:18
./reading-the-compiler--join.go:22:18:     from joined = string(b) (assign) at ./reading-the-compiler--join.go:22:9
./reading-the-compiler--join.go:17:11: make([]byte, 0, 64) does not escape
./reading-the-compiler--join.go:19:13: append does not escape
./reading-the-compiler--join.go:20:13: append does not escape
./reading-the-compiler--join.go:22:18: string(b) escapes to heap
./reading-the-compiler--join.go:27:17: len(joined) escapes to heap in main:
./reading-the-compiler--join.go:27:17:   flow: {storage for ... argument} ← &{storage for len(joined)}:
./reading-the-compiler--join.go:27:17:     from len(joined) (spill) at ./reading-the-compiler--join.go:27:17
./reading-the-compiler--join.go:27:17:     from ... argument (slice-literal-element) at ./reading-the-compiler--join.go:27:13
./reading-the-compiler--join.go:27:17:   flow: {heap} ← {storage for ... argument}:
./reading-the-compiler--join.go:27:17:     from ... argument (spill) at ./reading-the-compiler--join.go:27:13
./reading-the-compiler--join.go:27:17:     from fmt.Println(... argument...) (call parameter) at ./reading-the-compiler--join.go:27:13
./reading-the-compiler--join.go:29:17: len(joined) escapes to heap in main:
./reading-the-compiler--join.go:29:17:   flow: {storage for ... argument} ← &{storage for len(joined)}:
./reading-the-compiler--join.go:29:17:     from len(joined) (spill) at ./reading-the-compiler--join.go:29:17
./reading-the-compiler--join.go:29:17:     from ... argument (slice-literal-element) at ./reading-the-compiler--join.go:29:13
./reading-the-compiler--join.go:29:17:   flow: {heap} ← {storage for ... argument}:
./reading-the-compiler--join.go:29:17:     from ... argument (spill) at ./reading-the-compiler--join.go:29:13
./reading-the-compiler--join.go:29:17:     from fmt.Println(... argument...) (call parameter) at ./reading-the-compiler--join.go:29:13
./reading-the-compiler--join.go:27:13: ... argument does not escape
./reading-the-compiler--join.go:27:17: len(joined) escapes to heap
./reading-the-compiler--join.go:29:13: ... argument does not escape
./reading-the-compiler--join.go:29:17: len(joined) escapes to heap
