./allocation-friendly--prealloc.go:8:13: append(s, i) escapes to heap in Before:
./allocation-friendly--prealloc.go:8:13:   flow: s ← &{storage for append(s, i)}:
./allocation-friendly--prealloc.go:8:13:     from append(s, i) (spill) at ./allocation-friendly--prealloc.go:8:13
./allocation-friendly--prealloc.go:8:13:     from s = append(s, i) (assign) at ./allocation-friendly--prealloc.go:8:5
./allocation-friendly--prealloc.go:8:13:   flow: {heap} ← s:
./allocation-friendly--prealloc.go:8:13:     from sink = s (assign) at ./allocation-friendly--prealloc.go:10:7
./allocation-friendly--prealloc.go:8:13: append escapes to heap
./allocation-friendly--prealloc.go:14:11: make([]int, 0, 100) escapes to heap in After:
./allocation-friendly--prealloc.go:14:11:   flow: s ← &{storage for make([]int, 0, 100)}:
./allocation-friendly--prealloc.go:14:11:     from make([]int, 0, 100) (spill) at ./allocation-friendly--prealloc.go:14:11
./allocation-friendly--prealloc.go:14:11:     from s := make([]int, 0, 100) (assign) at ./allocation-friendly--prealloc.go:14:4
./allocation-friendly--prealloc.go:14:11:   flow: {heap} ← s:
./allocation-friendly--prealloc.go:14:11:     from sink = s (assign) at ./allocation-friendly--prealloc.go:18:7
./allocation-friendly--prealloc.go:16:13: append(s, i) escapes to heap in After:
./allocation-friendly--prealloc.go:16:13:   flow: s ← &{storage for append(s, i)}:
./allocation-friendly--prealloc.go:16:13:     from append(s, i) (spill) at ./allocation-friendly--prealloc.go:16:13
./allocation-friendly--prealloc.go:16:13:     from s = append(s, i) (assign) at ./allocation-friendly--prealloc.go:16:5
./allocation-friendly--prealloc.go:16:13:   flow: {heap} ← s:
./allocation-friendly--prealloc.go:16:13:     from sink = s (assign) at ./allocation-friendly--prealloc.go:18:7
./allocation-friendly--prealloc.go:14:11: make([]int, 0, 100) escapes to heap
./allocation-friendly--prealloc.go:16:13: append escapes to heap
