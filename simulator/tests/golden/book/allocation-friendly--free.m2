./allocation-friendly--free.go:7:28: map[string]int{...} escapes to heap in init:
./allocation-friendly--free.go:7:28:   flow: {heap} ← &{storage for map[string]int{...}}:
./allocation-friendly--free.go:7:28:     from map[string]int{...} (spill) at ./allocation-friendly--free.go:7:28
./allocation-friendly--free.go:7:28:     from counts = map[string]int{...} (assign) at ./allocation-friendly--free.go:7:5
./allocation-friendly--free.go:7:28: map[string]int{...} escapes to heap
./allocation-friendly--free.go:11:11: p does not escape
./allocation-friendly--free.go:14:7: &point{...} does not escape
./allocation-friendly--free.go:16:14: 42 does not escape
./allocation-friendly--free.go:18:25: string(method) does not escape
./allocation-friendly--free.go:19:12: string(method) does not escape
./allocation-friendly--free.go:25:16: string(method) escapes to heap in Increment:
./allocation-friendly--free.go:25:16:   flow: {heap} ← &{storage for string(method)}:
./allocation-friendly--free.go:25:16:     from string(method) (spill) at ./allocation-friendly--free.go:25:16
./allocation-friendly--free.go:25:16:     from counts[string(method)] (key of map put) at ./allocation-friendly--free.go:25:8
./allocation-friendly--free.go:25:16: string(method) escapes to heap
./allocation-friendly--free.go:31:14: total escapes to heap in main:
./allocation-friendly--free.go:31:14:   flow: {storage for ... argument} ← &{storage for total}:
./allocation-friendly--free.go:31:14:     from total (spill) at ./allocation-friendly--free.go:31:14
./allocation-friendly--free.go:31:14:     from ... argument (slice-literal-element) at ./allocation-friendly--free.go:31:13
./allocation-friendly--free.go:31:14:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--free.go:31:14:     from ... argument (spill) at ./allocation-friendly--free.go:31:13
./allocation-friendly--free.go:31:14:     from fmt.Println(... argument...) (call parameter) at ./allocation-friendly--free.go:31:13
./allocation-friendly--free.go:31:27: counts["GET"] escapes to heap in main:
./allocation-friendly--free.go:31:27:   flow: {storage for ... argument} ← &{storage for counts["GET"]}:
./allocation-friendly--free.go:31:27:     from counts["GET"] (spill) at ./allocation-friendly--free.go:31:27
./allocation-friendly--free.go:31:27:     from ... argument (slice-literal-element) at ./allocation-friendly--free.go:31:13
./allocation-friendly--free.go:31:27:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--free.go:31:27:     from ... argument (spill) at ./allocation-friendly--free.go:31:13
./allocation-friendly--free.go:31:27:     from fmt.Println(... argument...) (call parameter) at ./allocation-friendly--free.go:31:13
./allocation-friendly--free.go:31:13: ... argument does not escape
./allocation-friendly--free.go:31:14: total escapes to heap
./allocation-friendly--free.go:31:27: counts["GET"] escapes to heap
