./interview--goal200.go:12:27: make([]byte, 1048576) escapes to heap in main:
./interview--goal200.go:12:27:   flow: {heap} ← &{storage for make([]byte, 1048576)}:
./interview--goal200.go:12:27:     from make([]byte, 1048576) (spill) at ./interview--goal200.go:12:27
./interview--goal200.go:12:27:     from append(live, make([]byte, 1048576)) (call parameter) at ./interview--goal200.go:12:16
./interview--goal200.go:12:16: append(live, make([]byte, 1048576)) escapes to heap in main:
./interview--goal200.go:12:16:   flow: {heap} ← &{storage for append(live, make([]byte, 1048576))}:
./interview--goal200.go:12:16:     from append(live, make([]byte, 1048576)) (spill) at ./interview--goal200.go:12:16
./interview--goal200.go:12:16:     from live = append(live, make([]byte, 1048576)) (assign) at ./interview--goal200.go:12:8
./interview--goal200.go:12:27: make([]byte, 1048576) escapes to heap in main:
./interview--goal200.go:12:27:   flow: {heap} ← &{storage for make([]byte, 1048576)}:
./interview--goal200.go:12:27:     from make([]byte, 1048576) (too large for stack) at ./interview--goal200.go:12:27
./interview--goal200.go:17:14: "heap goal:" escapes to heap in main:
./interview--goal200.go:17:14:   flow: {storage for ... argument} ← &{storage for "heap goal:"}:
./interview--goal200.go:17:14:     from "heap goal:" (spill) at ./interview--goal200.go:17:14
./interview--goal200.go:17:14:     from ... argument (slice-literal-element) at ./interview--goal200.go:17:13
./interview--goal200.go:17:14:   flow: {heap} ← {storage for ... argument}:
./interview--goal200.go:17:14:     from ... argument (spill) at ./interview--goal200.go:17:13
./interview--goal200.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./interview--goal200.go:17:13
./interview--goal200.go:17:36: m.NextGC >> uint(20) escapes to heap in main:
./interview--goal200.go:17:36:   flow: {storage for ... argument} ← &{storage for m.NextGC >> uint(20)}:
./interview--goal200.go:17:36:     from m.NextGC >> uint(20) (spill) at ./interview--goal200.go:17:36
./interview--goal200.go:17:36:     from ... argument (slice-literal-element) at ./interview--goal200.go:17:13
./interview--goal200.go:17:36:   flow: {heap} ← {storage for ... argument}:
./interview--goal200.go:17:36:     from ... argument (spill) at ./interview--goal200.go:17:13
./interview--goal200.go:17:36:     from fmt.Println(... argument...) (call parameter) at ./interview--goal200.go:17:13
./interview--goal200.go:17:42: "MiB" escapes to heap in main:
./interview--goal200.go:17:42:   flow: {storage for ... argument} ← &{storage for "MiB"}:
./interview--goal200.go:17:42:     from "MiB" (spill) at ./interview--goal200.go:17:42
./interview--goal200.go:17:42:     from ... argument (slice-literal-element) at ./interview--goal200.go:17:13
./interview--goal200.go:17:42:   flow: {heap} ← {storage for ... argument}:
./interview--goal200.go:17:42:     from ... argument (spill) at ./interview--goal200.go:17:13
./interview--goal200.go:17:42:     from fmt.Println(... argument...) (call parameter) at ./interview--goal200.go:17:13
./interview--goal200.go:12:27: make([]byte, 1048576) escapes to heap
./interview--goal200.go:12:16: append escapes to heap
./interview--goal200.go:17:13: ... argument does not escape
./interview--goal200.go:17:14: "heap goal:" escapes to heap
./interview--goal200.go:17:36: m.NextGC >> uint(20) escapes to heap
./interview--goal200.go:17:42: "MiB" escapes to heap
