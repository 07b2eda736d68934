./interview--prealloc.go:10:13: append(s, i) escapes to heap in Grow:
./interview--prealloc.go:10:13:   flow: s ← &{storage for append(s, i)}:
./interview--prealloc.go:10:13:     from append(s, i) (spill) at ./interview--prealloc.go:10:13
./interview--prealloc.go:10:13:     from s = append(s, i) (assign) at ./interview--prealloc.go:10:5
./interview--prealloc.go:10:13:   flow: {heap} ← s:
./interview--prealloc.go:10:13:     from sink = s (assign) at ./interview--prealloc.go:12:7
./interview--prealloc.go:10:13: append escapes to heap
./interview--prealloc.go:16:11: make([]int, 0, 100) escapes to heap in Prealloc:
./interview--prealloc.go:16:11:   flow: s ← &{storage for make([]int, 0, 100)}:
./interview--prealloc.go:16:11:     from make([]int, 0, 100) (spill) at ./interview--prealloc.go:16:11
./interview--prealloc.go:16:11:     from s := make([]int, 0, 100) (assign) at ./interview--prealloc.go:16:4
./interview--prealloc.go:16:11:   flow: {heap} ← s:
./interview--prealloc.go:16:11:     from sink = s (assign) at ./interview--prealloc.go:20:7
./interview--prealloc.go:18:13: append(s, i) escapes to heap in Prealloc:
./interview--prealloc.go:18:13:   flow: s ← &{storage for append(s, i)}:
./interview--prealloc.go:18:13:     from append(s, i) (spill) at ./interview--prealloc.go:18:13
./interview--prealloc.go:18:13:     from s = append(s, i) (assign) at ./interview--prealloc.go:18:5
./interview--prealloc.go:18:13:   flow: {heap} ← s:
./interview--prealloc.go:18:13:     from sink = s (assign) at ./interview--prealloc.go:20:7
./interview--prealloc.go:16:11: make([]int, 0, 100) escapes to heap
./interview--prealloc.go:18:13: append escapes to heap
./interview--prealloc.go:26:17: len(sink) escapes to heap in main:
./interview--prealloc.go:26:17:   flow: {storage for ... argument} ← &{storage for len(sink)}:
./interview--prealloc.go:26:17:     from len(sink) (spill) at ./interview--prealloc.go:26:17
./interview--prealloc.go:26:17:     from ... argument (slice-literal-element) at ./interview--prealloc.go:26:13
./interview--prealloc.go:26:17:   flow: {heap} ← {storage for ... argument}:
./interview--prealloc.go:26:17:     from ... argument (spill) at ./interview--prealloc.go:26:13
./interview--prealloc.go:26:17:     from fmt.Println(... argument...) (call parameter) at ./interview--prealloc.go:26:13
./interview--prealloc.go:26:28: cap(sink) escapes to heap in main:
./interview--prealloc.go:26:28:   flow: {storage for ... argument} ← &{storage for cap(sink)}:
./interview--prealloc.go:26:28:     from cap(sink) (spill) at ./interview--prealloc.go:26:28
./interview--prealloc.go:26:28:     from ... argument (slice-literal-element) at ./interview--prealloc.go:26:13
./interview--prealloc.go:26:28:   flow: {heap} ← {storage for ... argument}:
./interview--prealloc.go:26:28:     from ... argument (spill) at ./interview--prealloc.go:26:13
./interview--prealloc.go:26:28:     from fmt.Println(... argument...) (call parameter) at ./interview--prealloc.go:26:13
./interview--prealloc.go:26:13: ... argument does not escape
./interview--prealloc.go:26:17: len(sink) escapes to heap
./interview--prealloc.go:26:28: cap(sink) escapes to heap
