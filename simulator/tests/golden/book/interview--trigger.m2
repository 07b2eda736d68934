./interview--trigger.go:12:27: make([]byte, 1048576) escapes to heap in main:
./interview--trigger.go:12:27:   flow: {heap} ← &{storage for make([]byte, 1048576)}:
./interview--trigger.go:12:27:     from make([]byte, 1048576) (spill) at ./interview--trigger.go:12:27
./interview--trigger.go:12:27:     from append(live, make([]byte, 1048576)) (call parameter) at ./interview--trigger.go:12:16
./interview--trigger.go:12:16: append(live, make([]byte, 1048576)) escapes to heap in main:
./interview--trigger.go:12:16:   flow: {heap} ← &{storage for append(live, make([]byte, 1048576))}:
./interview--trigger.go:12:16:     from append(live, make([]byte, 1048576)) (spill) at ./interview--trigger.go:12:16
./interview--trigger.go:12:16:     from live = append(live, make([]byte, 1048576)) (assign) at ./interview--trigger.go:12:8
./interview--trigger.go:12:27: make([]byte, 1048576) escapes to heap in main:
./interview--trigger.go:12:27:   flow: {heap} ← &{storage for make([]byte, 1048576)}:
./interview--trigger.go:12:27:     from make([]byte, 1048576) (too large for stack) at ./interview--trigger.go:12:27
./interview--trigger.go:16:14: "collections so far:" escapes to heap in main:
./interview--trigger.go:16:14:   flow: {storage for ... argument} ← &{storage for "collections so far:"}:
./interview--trigger.go:16:14:     from "collections so far:" (spill) at ./interview--trigger.go:16:14
./interview--trigger.go:16:14:     from ... argument (slice-literal-element) at ./interview--trigger.go:16:13
./interview--trigger.go:16:14:   flow: {heap} ← {storage for ... argument}:
./interview--trigger.go:16:14:     from ... argument (spill) at ./interview--trigger.go:16:13
./interview--trigger.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./interview--trigger.go:16:13
./interview--trigger.go:16:38: m.NumGC escapes to heap in main:
./interview--trigger.go:16:38:   flow: {storage for ... argument} ← &{storage for m.NumGC}:
./interview--trigger.go:16:38:     from m.NumGC (spill) at ./interview--trigger.go:16:38
./interview--trigger.go:16:38:     from ... argument (slice-literal-element) at ./interview--trigger.go:16:13
./interview--trigger.go:16:38:   flow: {heap} ← {storage for ... argument}:
./interview--trigger.go:16:38:     from ... argument (spill) at ./interview--trigger.go:16:13
./interview--trigger.go:16:38:     from fmt.Println(... argument...) (call parameter) at ./interview--trigger.go:16:13
./interview--trigger.go:19:14: "after runtime.GC():" escapes to heap in main:
./interview--trigger.go:19:14:   flow: {storage for ... argument} ← &{storage for "after runtime.GC():"}:
./interview--trigger.go:19:14:     from "after runtime.GC():" (spill) at ./interview--trigger.go:19:14
./interview--trigger.go:19:14:     from ... argument (slice-literal-element) at ./interview--trigger.go:19:13
./interview--trigger.go:19:14:   flow: {heap} ← {storage for ... argument}:
./interview--trigger.go:19:14:     from ... argument (spill) at ./interview--trigger.go:19:13
./interview--trigger.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./interview--trigger.go:19:13
./interview--trigger.go:19:38: m.NumGC escapes to heap in main:
./interview--trigger.go:19:38:   flow: {storage for ... argument} ← &{storage for m.NumGC}:
./interview--trigger.go:19:38:     from m.NumGC (spill) at ./interview--trigger.go:19:38
./interview--trigger.go:19:38:     from ... argument (slice-literal-element) at ./interview--trigger.go:19:13
./interview--trigger.go:19:38:   flow: {heap} ← {storage for ... argument}:
./interview--trigger.go:19:38:     from ... argument (spill) at ./interview--trigger.go:19:13
./interview--trigger.go:19:38:     from fmt.Println(... argument...) (call parameter) at ./interview--trigger.go:19:13
./interview--trigger.go:19:46: "forced:" escapes to heap in main:
./interview--trigger.go:19:46:   flow: {storage for ... argument} ← &{storage for "forced:"}:
./interview--trigger.go:19:46:     from "forced:" (spill) at ./interview--trigger.go:19:46
./interview--trigger.go:19:46:     from ... argument (slice-literal-element) at ./interview--trigger.go:19:13
./interview--trigger.go:19:46:   flow: {heap} ← {storage for ... argument}:
./interview--trigger.go:19:46:     from ... argument (spill) at ./interview--trigger.go:19:13
./interview--trigger.go:19:46:     from fmt.Println(... argument...) (call parameter) at ./interview--trigger.go:19:13
./interview--trigger.go:19:58: m.NumForcedGC escapes to heap in main:
./interview--trigger.go:19:58:   flow: {storage for ... argument} ← &{storage for m.NumForcedGC}:
./interview--trigger.go:19:58:     from m.NumForcedGC (spill) at ./interview--trigger.go:19:58
./interview--trigger.go:19:58:     from ... argument (slice-literal-element) at ./interview--trigger.go:19:13
./interview--trigger.go:19:58:   flow: {heap} ← {storage for ... argument}:
./interview--trigger.go:19:58:     from ... argument (spill) at ./interview--trigger.go:19:13
./interview--trigger.go:19:58:     from fmt.Println(... argument...) (call parameter) at ./interview--trigger.go:19:13
./interview--trigger.go:12:27: make([]byte, 1048576) escapes to heap
./interview--trigger.go:12:16: append escapes to heap
./interview--trigger.go:16:13: ... argument does not escape
./interview--trigger.go:16:14: "collections so far:" escapes to heap
./interview--trigger.go:16:38: m.NumGC escapes to heap
./interview--trigger.go:19:13: ... argument does not escape
./interview--trigger.go:19:14: "after runtime.GC():" escapes to heap
./interview--trigger.go:19:38: m.NumGC escapes to heap
./interview--trigger.go:19:46: "forced:" escapes to heap
./interview--trigger.go:19:58: m.NumForcedGC escapes to heap
