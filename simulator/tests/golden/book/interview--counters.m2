./interview--counters.go:13:14: make([]*byte, 1600) escapes to heap in main:
./interview--counters.go:13:14:   flow: {heap} ← &{storage for make([]*byte, 1600)}:
./interview--counters.go:13:14:     from make([]*byte, 1600) (spill) at ./interview--counters.go:13:14
./interview--counters.go:13:14:     from bytes = make([]*byte, 1600) (assign) at ./interview--counters.go:13:8
./interview--counters.go:14:15: make([]*[64]byte, 100) escapes to heap in main:
./interview--counters.go:14:15:   flow: {heap} ← &{storage for make([]*[64]byte, 100)}:
./interview--counters.go:14:15:     from make([]*[64]byte, 100) (spill) at ./interview--counters.go:14:15
./interview--counters.go:14:15:     from blocks = make([]*[64]byte, 100) (assign) at ./interview--counters.go:14:9
./interview--counters.go:18:17: new(byte) escapes to heap in main:
./interview--counters.go:18:17:   flow: {heap} ← &{storage for new(byte)}:
./interview--counters.go:18:17:     from new(byte) (spill) at ./interview--counters.go:18:17
./interview--counters.go:18:17:     from bytes[i] = new(byte) (assign) at ./interview--counters.go:18:12
./interview--counters.go:21:18: new([64]byte) escapes to heap in main:
./interview--counters.go:21:18:   flow: {heap} ← &{storage for new([64]byte)}:
./interview--counters.go:21:18:     from new([64]byte) (spill) at ./interview--counters.go:21:18
./interview--counters.go:21:18:     from blocks[i] = new([64]byte) (assign) at ./interview--counters.go:21:13
./interview--counters.go:24:14: "Mallocs:    " escapes to heap in main:
./interview--counters.go:24:14:   flow: {storage for ... argument} ← &{storage for "Mallocs:    "}:
./interview--counters.go:24:14:     from "Mallocs:    " (spill) at ./interview--counters.go:24:14
./interview--counters.go:24:14:     from ... argument (slice-literal-element) at ./interview--counters.go:24:13
./interview--counters.go:24:14:   flow: {heap} ← {storage for ... argument}:
./interview--counters.go:24:14:     from ... argument (spill) at ./interview--counters.go:24:13
./interview--counters.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./interview--counters.go:24:13
./interview--counters.go:24:39: b.Mallocs - a.Mallocs escapes to heap in main:
./interview--counters.go:24:39:   flow: {storage for ... argument} ← &{storage for b.Mallocs - a.Mallocs}:
./interview--counters.go:24:39:     from b.Mallocs - a.Mallocs (spill) at ./interview--counters.go:24:39
./interview--counters.go:24:39:     from ... argument (slice-literal-element) at ./interview--counters.go:24:13
./interview--counters.go:24:39:   flow: {heap} ← {storage for ... argument}:
./interview--counters.go:24:39:     from ... argument (spill) at ./interview--counters.go:24:13
./interview--counters.go:24:39:     from fmt.Println(... argument...) (call parameter) at ./interview--counters.go:24:13
./interview--counters.go:25:14: "Frees:      " escapes to heap in main:
./interview--counters.go:25:14:   flow: {storage for ... argument} ← &{storage for "Frees:      "}:
./interview--counters.go:25:14:     from "Frees:      " (spill) at ./interview--counters.go:25:14
./interview--counters.go:25:14:     from ... argument (slice-literal-element) at ./interview--counters.go:25:13
./interview--counters.go:25:14:   flow: {heap} ← {storage for ... argument}:
./interview--counters.go:25:14:     from ... argument (spill) at ./interview--counters.go:25:13
./interview--counters.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./interview--counters.go:25:13
./interview--counters.go:25:37: b.Frees - a.Frees escapes to heap in main:
./interview--counters.go:25:37:   flow: {storage for ... argument} ← &{storage for b.Frees - a.Frees}:
./interview--counters.go:25:37:     from b.Frees - a.Frees (spill) at ./interview--counters.go:25:37
./interview--counters.go:25:37:     from ... argument (slice-literal-element) at ./interview--counters.go:25:13
./interview--counters.go:25:37:   flow: {heap} ← {storage for ... argument}:
./interview--counters.go:25:37:     from ... argument (spill) at ./interview--counters.go:25:13
./interview--counters.go:25:37:     from fmt.Println(... argument...) (call parameter) at ./interview--counters.go:25:13
./interview--counters.go:26:14: "HeapObjects:" escapes to heap in main:
./interview--counters.go:26:14:   flow: {storage for ... argument} ← &{storage for "HeapObjects:"}:
./interview--counters.go:26:14:     from "HeapObjects:" (spill) at ./interview--counters.go:26:14
./interview--counters.go:26:14:     from ... argument (slice-literal-element) at ./interview--counters.go:26:13
./interview--counters.go:26:14:   flow: {heap} ← {storage for ... argument}:
./interview--counters.go:26:14:     from ... argument (spill) at ./interview--counters.go:26:13
./interview--counters.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./interview--counters.go:26:13
./interview--counters.go:26:43: b.HeapObjects - a.HeapObjects escapes to heap in main:
./interview--counters.go:26:43:   flow: {storage for ... argument} ← &{storage for b.HeapObjects - a.HeapObjects}:
./interview--counters.go:26:43:     from b.HeapObjects - a.HeapObjects (spill) at ./interview--counters.go:26:43
./interview--counters.go:26:43:     from ... argument (slice-literal-element) at ./interview--counters.go:26:13
./interview--counters.go:26:43:   flow: {heap} ← {storage for ... argument}:
./interview--counters.go:26:43:     from ... argument (spill) at ./interview--counters.go:26:13
./interview--counters.go:26:43:     from fmt.Println(... argument...) (call parameter) at ./interview--counters.go:26:13
./interview--counters.go:27:14: "TotalAlloc: " escapes to heap in main:
./interview--counters.go:27:14:   flow: {storage for ... argument} ← &{storage for "TotalAlloc: "}:
./interview--counters.go:27:14:     from "TotalAlloc: " (spill) at ./interview--counters.go:27:14
./interview--counters.go:27:14:     from ... argument (slice-literal-element) at ./interview--counters.go:27:13
./interview--counters.go:27:14:   flow: {heap} ← {storage for ... argument}:
./interview--counters.go:27:14:     from ... argument (spill) at ./interview--counters.go:27:13
./interview--counters.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./interview--counters.go:27:13
./interview--counters.go:27:42: b.TotalAlloc - a.TotalAlloc escapes to heap in main:
./interview--counters.go:27:42:   flow: {storage for ... argument} ← &{storage for b.TotalAlloc - a.TotalAlloc}:
./interview--counters.go:27:42:     from b.TotalAlloc - a.TotalAlloc (spill) at ./interview--counters.go:27:42
./interview--counters.go:27:42:     from ... argument (slice-literal-element) at ./interview--counters.go:27:13
./interview--counters.go:27:42:   flow: {heap} ← {storage for ... argument}:
./interview--counters.go:27:42:     from ... argument (spill) at ./interview--counters.go:27:13
./interview--counters.go:27:42:     from fmt.Println(... argument...) (call parameter) at ./interview--counters.go:27:13
./interview--counters.go:28:14: "HeapAlloc:  " escapes to heap in main:
./interview--counters.go:28:14:   flow: {storage for ... argument} ← &{storage for "HeapAlloc:  "}:
./interview--counters.go:28:14:     from "HeapAlloc:  " (spill) at ./interview--counters.go:28:14
./interview--counters.go:28:14:     from ... argument (slice-literal-element) at ./interview--counters.go:28:13
./interview--counters.go:28:14:   flow: {heap} ← {storage for ... argument}:
./interview--counters.go:28:14:     from ... argument (spill) at ./interview--counters.go:28:13
./interview--counters.go:28:14:     from fmt.Println(... argument...) (call parameter) at ./interview--counters.go:28:13
./interview--counters.go:28:41: b.HeapAlloc - a.HeapAlloc escapes to heap in main:
./interview--counters.go:28:41:   flow: {storage for ... argument} ← &{storage for b.HeapAlloc - a.HeapAlloc}:
./interview--counters.go:28:41:     from b.HeapAlloc - a.HeapAlloc (spill) at ./interview--counters.go:28:41
./interview--counters.go:28:41:     from ... argument (slice-literal-element) at ./interview--counters.go:28:13
./interview--counters.go:28:41:   flow: {heap} ← {storage for ... argument}:
./interview--counters.go:28:41:     from ... argument (spill) at ./interview--counters.go:28:13
./interview--counters.go:28:41:     from fmt.Println(... argument...) (call parameter) at ./interview--counters.go:28:13
./interview--counters.go:13:14: make([]*byte, 1600) escapes to heap
./interview--counters.go:14:15: make([]*[64]byte, 100) escapes to heap
./interview--counters.go:18:17: new(byte) escapes to heap
./interview--counters.go:21:18: new([64]byte) escapes to heap
./interview--counters.go:24:13: ... argument does not escape
./interview--counters.go:24:14: "Mallocs:    " escapes to heap
./interview--counters.go:24:39: b.Mallocs - a.Mallocs escapes to heap
./interview--counters.go:25:13: ... argument does not escape
./interview--counters.go:25:14: "Frees:      " escapes to heap
./interview--counters.go:25:37: b.Frees - a.Frees escapes to heap
./interview--counters.go:26:13: ... argument does not escape
./interview--counters.go:26:14: "HeapObjects:" escapes to heap
./interview--counters.go:26:43: b.HeapObjects - a.HeapObjects escapes to heap
./interview--counters.go:27:13: ... argument does not escape
./interview--counters.go:27:14: "TotalAlloc: " escapes to heap
./interview--counters.go:27:42: b.TotalAlloc - a.TotalAlloc escapes to heap
./interview--counters.go:28:13: ... argument does not escape
./interview--counters.go:28:14: "HeapAlloc:  " escapes to heap
./interview--counters.go:28:41: b.HeapAlloc - a.HeapAlloc escapes to heap
