./reading-the-compiler--inline.go:10:9: &point{...} escapes to heap in newPoint:
./reading-the-compiler--inline.go:10:9:   flow: ~r0 ← &{storage for &point{...}}:
./reading-the-compiler--inline.go:10:9:     from &point{...} (spill) at ./reading-the-compiler--inline.go:10:9
./reading-the-compiler--inline.go:10:9:     from return &point{...} (return) at ./reading-the-compiler--inline.go:10:2
./reading-the-compiler--inline.go:10:9: &point{...} escapes to heap
./reading-the-compiler--inline.go:20:14: sum escapes to heap in main:
./reading-the-compiler--inline.go:20:14:   flow: {storage for ... argument} ← &{storage for sum}:
./reading-the-compiler--inline.go:20:14:     from sum (spill) at ./reading-the-compiler--inline.go:20:14
./reading-the-compiler--inline.go:20:14:     from ... argument (slice-literal-element) at ./reading-the-compiler--inline.go:20:13
./reading-the-compiler--inline.go:20:14:   flow: {heap} ← {storage for ... argument}:
./reading-the-compiler--inline.go:20:14:     from ... argument (spill) at ./reading-the-compiler--inline.go:20:13
./reading-the-compiler--inline.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./reading-the-compiler--inline.go:20:13
./reading-the-compiler--inline.go:20:13: ... argument does not escape
./reading-the-compiler--inline.go:20:14: sum escapes to heap
