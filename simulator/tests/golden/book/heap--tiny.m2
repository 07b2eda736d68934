./heap--tiny.go:11:19: new(int32) escapes to heap in NewCounter:
./heap--tiny.go:11:19:   flow: {heap} ← &{storage for new(int32)}:
./heap--tiny.go:11:19:     from new(int32) (spill) at ./heap--tiny.go:11:19
./heap--tiny.go:11:19:     from counters[0] = new(int32) (assign) at ./heap--tiny.go:11:14
./heap--tiny.go:11:19: new(int32) escapes to heap
./heap--tiny.go:18:20: new(int32) escapes to heap in main:
./heap--tiny.go:18:20:   flow: {heap} ← &{storage for new(int32)}:
./heap--tiny.go:18:20:     from new(int32) (spill) at ./heap--tiny.go:18:20
./heap--tiny.go:18:20:     from counters[i] = new(int32) (assign) at ./heap--tiny.go:18:15
./heap--tiny.go:21:14: "Mallocs     +" escapes to heap in main:
./heap--tiny.go:21:14:   flow: {storage for ... argument} ← &{storage for "Mallocs     +"}:
./heap--tiny.go:21:14:     from "Mallocs     +" (spill) at ./heap--tiny.go:21:14
./heap--tiny.go:21:14:     from ... argument (slice-literal-element) at ./heap--tiny.go:21:13
./heap--tiny.go:21:14:   flow: {heap} ← {storage for ... argument}:
./heap--tiny.go:21:14:     from ... argument (spill) at ./heap--tiny.go:21:13
./heap--tiny.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./heap--tiny.go:21:13
./heap--tiny.go:21:44: after.Mallocs - before.Mallocs escapes to heap in main:
./heap--tiny.go:21:44:   flow: {storage for ... argument} ← &{storage for after.Mallocs - before.Mallocs}:
./heap--tiny.go:21:44:     from after.Mallocs - before.Mallocs (spill) at ./heap--tiny.go:21:44
./heap--tiny.go:21:44:     from ... argument (slice-literal-element) at ./heap--tiny.go:21:13
./heap--tiny.go:21:44:   flow: {heap} ← {storage for ... argument}:
./heap--tiny.go:21:44:     from ... argument (spill) at ./heap--tiny.go:21:13
./heap--tiny.go:21:44:     from fmt.Println(... argument...) (call parameter) at ./heap--tiny.go:21:13
./heap--tiny.go:22:14: "Frees       +" escapes to heap in main:
./heap--tiny.go:22:14:   flow: {storage for ... argument} ← &{storage for "Frees       +"}:
./heap--tiny.go:22:14:     from "Frees       +" (spill) at ./heap--tiny.go:22:14
./heap--tiny.go:22:14:     from ... argument (slice-literal-element) at ./heap--tiny.go:22:13
./heap--tiny.go:22:14:   flow: {heap} ← {storage for ... argument}:
./heap--tiny.go:22:14:     from ... argument (spill) at ./heap--tiny.go:22:13
./heap--tiny.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./heap--tiny.go:22:13
./heap--tiny.go:22:42: after.Frees - before.Frees escapes to heap in main:
./heap--tiny.go:22:42:   flow: {storage for ... argument} ← &{storage for after.Frees - before.Frees}:
./heap--tiny.go:22:42:     from after.Frees - before.Frees (spill) at ./heap--tiny.go:22:42
./heap--tiny.go:22:42:     from ... argument (slice-literal-element) at ./heap--tiny.go:22:13
./heap--tiny.go:22:42:   flow: {heap} ← {storage for ... argument}:
./heap--tiny.go:22:42:     from ... argument (spill) at ./heap--tiny.go:22:13
./heap--tiny.go:22:42:     from fmt.Println(... argument...) (call parameter) at ./heap--tiny.go:22:13
./heap--tiny.go:23:14: "HeapObjects +" escapes to heap in main:
./heap--tiny.go:23:14:   flow: {storage for ... argument} ← &{storage for "HeapObjects +"}:
./heap--tiny.go:23:14:     from "HeapObjects +" (spill) at ./heap--tiny.go:23:14
./heap--tiny.go:23:14:     from ... argument (slice-literal-element) at ./heap--tiny.go:23:13
./heap--tiny.go:23:14:   flow: {heap} ← {storage for ... argument}:
./heap--tiny.go:23:14:     from ... argument (spill) at ./heap--tiny.go:23:13
./heap--tiny.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./heap--tiny.go:23:13
./heap--tiny.go:23:48: after.HeapObjects - before.HeapObjects escapes to heap in main:
./heap--tiny.go:23:48:   flow: {storage for ... argument} ← &{storage for after.HeapObjects - before.HeapObjects}:
./heap--tiny.go:23:48:     from after.HeapObjects - before.HeapObjects (spill) at ./heap--tiny.go:23:48
./heap--tiny.go:23:48:     from ... argument (slice-literal-element) at ./heap--tiny.go:23:13
./heap--tiny.go:23:48:   flow: {heap} ← {storage for ... argument}:
./heap--tiny.go:23:48:     from ... argument (spill) at ./heap--tiny.go:23:13
./heap--tiny.go:23:48:     from fmt.Println(... argument...) (call parameter) at ./heap--tiny.go:23:13
./heap--tiny.go:24:14: "TotalAlloc  +" escapes to heap in main:
./heap--tiny.go:24:14:   flow: {storage for ... argument} ← &{storage for "TotalAlloc  +"}:
./heap--tiny.go:24:14:     from "TotalAlloc  +" (spill) at ./heap--tiny.go:24:14
./heap--tiny.go:24:14:     from ... argument (slice-literal-element) at ./heap--tiny.go:24:13
./heap--tiny.go:24:14:   flow: {heap} ← {storage for ... argument}:
./heap--tiny.go:24:14:     from ... argument (spill) at ./heap--tiny.go:24:13
./heap--tiny.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./heap--tiny.go:24:13
./heap--tiny.go:24:47: after.TotalAlloc - before.TotalAlloc escapes to heap in main:
./heap--tiny.go:24:47:   flow: {storage for ... argument} ← &{storage for after.TotalAlloc - before.TotalAlloc}:
./heap--tiny.go:24:47:     from after.TotalAlloc - before.TotalAlloc (spill) at ./heap--tiny.go:24:47
./heap--tiny.go:24:47:     from ... argument (slice-literal-element) at ./heap--tiny.go:24:13
./heap--tiny.go:24:47:   flow: {heap} ← {storage for ... argument}:
./heap--tiny.go:24:47:     from ... argument (spill) at ./heap--tiny.go:24:13
./heap--tiny.go:24:47:     from fmt.Println(... argument...) (call parameter) at ./heap--tiny.go:24:13
./heap--tiny.go:18:20: new(int32) escapes to heap
./heap--tiny.go:21:13: ... argument does not escape
./heap--tiny.go:21:14: "Mallocs     +" escapes to heap
./heap--tiny.go:21:44: after.Mallocs - before.Mallocs escapes to heap
./heap--tiny.go:22:13: ... argument does not escape
./heap--tiny.go:22:14: "Frees       +" escapes to heap
./heap--tiny.go:22:42: after.Frees - before.Frees escapes to heap
./heap--tiny.go:23:13: ... argument does not escape
./heap--tiny.go:23:14: "HeapObjects +" escapes to heap
./heap--tiny.go:23:48: after.HeapObjects - before.HeapObjects escapes to heap
./heap--tiny.go:24:13: ... argument does not escape
./heap--tiny.go:24:14: "TotalAlloc  +" escapes to heap
./heap--tiny.go:24:47: after.TotalAlloc - before.TotalAlloc escapes to heap
