./interview--limit.go:12:27: make([]byte, 1048576) escapes to heap in main:
./interview--limit.go:12:27:   flow: {heap} ← &{storage for make([]byte, 1048576)}:
./interview--limit.go:12:27:     from make([]byte, 1048576) (spill) at ./interview--limit.go:12:27
./interview--limit.go:12:27:     from append(live, make([]byte, 1048576)) (call parameter) at ./interview--limit.go:12:16
./interview--limit.go:12:16: append(live, make([]byte, 1048576)) escapes to heap in main:
./interview--limit.go:12:16:   flow: {heap} ← &{storage for append(live, make([]byte, 1048576))}:
./interview--limit.go:12:16:     from append(live, make([]byte, 1048576)) (spill) at ./interview--limit.go:12:16
./interview--limit.go:12:16:     from live = append(live, make([]byte, 1048576)) (assign) at ./interview--limit.go:12:8
./interview--limit.go:12:27: make([]byte, 1048576) escapes to heap in main:
./interview--limit.go:12:27:   flow: {heap} ← &{storage for make([]byte, 1048576)}:
./interview--limit.go:12:27:     from make([]byte, 1048576) (too large for stack) at ./interview--limit.go:12:27
./interview--limit.go:17:14: "live heap:" escapes to heap in main:
./interview--limit.go:17:14:   flow: {storage for ... argument} ← &{storage for "live heap:"}:
./interview--limit.go:17:14:     from "live heap:" (spill) at ./interview--limit.go:17:14
./interview--limit.go:17:14:     from ... argument (slice-literal-element) at ./interview--limit.go:17:13
./interview--limit.go:17:14:   flow: {heap} ← {storage for ... argument}:
./interview--limit.go:17:14:     from ... argument (spill) at ./interview--limit.go:17:13
./interview--limit.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./interview--limit.go:17:13
./interview--limit.go:17:39: m.HeapAlloc >> uint(20) escapes to heap in main:
./interview--limit.go:17:39:   flow: {storage for ... argument} ← &{storage for m.HeapAlloc >> uint(20)}:
./interview--limit.go:17:39:     from m.HeapAlloc >> uint(20) (spill) at ./interview--limit.go:17:39
./interview--limit.go:17:39:     from ... argument (slice-literal-element) at ./interview--limit.go:17:13
./interview--limit.go:17:39:   flow: {heap} ← {storage for ... argument}:
./interview--limit.go:17:39:     from ... argument (spill) at ./interview--limit.go:17:13
./interview--limit.go:17:39:     from fmt.Println(... argument...) (call parameter) at ./interview--limit.go:17:13
./interview--limit.go:17:45: "MiB" escapes to heap in main:
./interview--limit.go:17:45:   flow: {storage for ... argument} ← &{storage for "MiB"}:
./interview--limit.go:17:45:     from "MiB" (spill) at ./interview--limit.go:17:45
./interview--limit.go:17:45:     from ... argument (slice-literal-element) at ./interview--limit.go:17:13
./interview--limit.go:17:45:   flow: {heap} ← {storage for ... argument}:
./interview--limit.go:17:45:     from ... argument (spill) at ./interview--limit.go:17:13
./interview--limit.go:17:45:     from fmt.Println(... argument...) (call parameter) at ./interview--limit.go:17:13
./interview--limit.go:18:14: "heap goal:" escapes to heap in main:
./interview--limit.go:18:14:   flow: {storage for ... argument} ← &{storage for "heap goal:"}:
./interview--limit.go:18:14:     from "heap goal:" (spill) at ./interview--limit.go:18:14
./interview--limit.go:18:14:     from ... argument (slice-literal-element) at ./interview--limit.go:18:13
./interview--limit.go:18:14:   flow: {heap} ← {storage for ... argument}:
./interview--limit.go:18:14:     from ... argument (spill) at ./interview--limit.go:18:13
./interview--limit.go:18:14:     from fmt.Println(... argument...) (call parameter) at ./interview--limit.go:18:13
./interview--limit.go:18:36: m.NextGC >> uint(20) escapes to heap in main:
./interview--limit.go:18:36:   flow: {storage for ... argument} ← &{storage for m.NextGC >> uint(20)}:
./interview--limit.go:18:36:     from m.NextGC >> uint(20) (spill) at ./interview--limit.go:18:36
./interview--limit.go:18:36:     from ... argument (slice-literal-element) at ./interview--limit.go:18:13
./interview--limit.go:18:36:   flow: {heap} ← {storage for ... argument}:
./interview--limit.go:18:36:     from ... argument (spill) at ./interview--limit.go:18:13
./interview--limit.go:18:36:     from fmt.Println(... argument...) (call parameter) at ./interview--limit.go:18:13
./interview--limit.go:18:42: "MiB" escapes to heap in main:
./interview--limit.go:18:42:   flow: {storage for ... argument} ← &{storage for "MiB"}:
./interview--limit.go:18:42:     from "MiB" (spill) at ./interview--limit.go:18:42
./interview--limit.go:18:42:     from ... argument (slice-literal-element) at ./interview--limit.go:18:13
./interview--limit.go:18:42:   flow: {heap} ← {storage for ... argument}:
./interview--limit.go:18:42:     from ... argument (spill) at ./interview--limit.go:18:13
./interview--limit.go:18:42:     from fmt.Println(... argument...) (call parameter) at ./interview--limit.go:18:13
./interview--limit.go:12:27: make([]byte, 1048576) escapes to heap
./interview--limit.go:12:16: append escapes to heap
./interview--limit.go:17:13: ... argument does not escape
./interview--limit.go:17:14: "live heap:" escapes to heap
./interview--limit.go:17:39: m.HeapAlloc >> uint(20) escapes to heap
./interview--limit.go:17:45: "MiB" escapes to heap
./interview--limit.go:18:13: ... argument does not escape
./interview--limit.go:18:14: "heap goal:" escapes to heap
./interview--limit.go:18:36: m.NextGC >> uint(20) escapes to heap
./interview--limit.go:18:42: "MiB" escapes to heap
