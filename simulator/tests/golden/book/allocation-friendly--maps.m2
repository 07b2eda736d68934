./allocation-friendly--maps.go:8:11: make(map[int]int) escapes to heap in Before:
./allocation-friendly--maps.go:8:11:   flow: m ← &{storage for make(map[int]int)}:
./allocation-friendly--maps.go:8:11:     from make(map[int]int) (spill) at ./allocation-friendly--maps.go:8:11
./allocation-friendly--maps.go:8:11:     from m := make(map[int]int) (assign) at ./allocation-friendly--maps.go:8:4
./allocation-friendly--maps.go:8:11:   flow: {heap} ← m:
./allocation-friendly--maps.go:8:11:     from index = m (assign) at ./allocation-friendly--maps.go:12:8
./allocation-friendly--maps.go:8:11: make(map[int]int) escapes to heap
./allocation-friendly--maps.go:16:11: make(map[int]int, 100) escapes to heap in After:
./allocation-friendly--maps.go:16:11:   flow: m ← &{storage for make(map[int]int, 100)}:
./allocation-friendly--maps.go:16:11:     from make(map[int]int, 100) (spill) at ./allocation-friendly--maps.go:16:11
./allocation-friendly--maps.go:16:11:     from m := make(map[int]int, 100) (assign) at ./allocation-friendly--maps.go:16:4
./allocation-friendly--maps.go:16:11:   flow: {heap} ← m:
./allocation-friendly--maps.go:16:11:     from index = m (assign) at ./allocation-friendly--maps.go:20:8
./allocation-friendly--maps.go:16:11: make(map[int]int, 100) escapes to heap
./allocation-friendly--maps.go:26:17: len(index) escapes to heap in main:
./allocation-friendly--maps.go:26:17:   flow: {storage for ... argument} ← &{storage for len(index)}:
./allocation-friendly--maps.go:26:17:     from len(index) (spill) at ./allocation-friendly--maps.go:26:17
./allocation-friendly--maps.go:26:17:     from ... argument (slice-literal-element) at ./allocation-friendly--maps.go:26:13
./allocation-friendly--maps.go:26:17:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--maps.go:26:17:     from ... argument (spill) at ./allocation-friendly--maps.go:26:13
./allocation-friendly--maps.go:26:17:     from fmt.Println(... argument...) (call parameter) at ./allocation-friendly--maps.go:26:13
./allocation-friendly--maps.go:26:13: ... argument does not escape
./allocation-friendly--maps.go:26:17: len(index) escapes to heap
