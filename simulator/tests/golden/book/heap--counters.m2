./heap--counters.go:17:10: &pair{} escapes to heap in main:
./heap--counters.go:17:10:   flow: {heap} ← &{storage for &pair{}}:
./heap--counters.go:17:10:     from &pair{} (spill) at ./heap--counters.go:17:10
./heap--counters.go:17:10:     from keep = &pair{} (assign) at ./heap--counters.go:17:8
./heap--counters.go:22:14: "after the loop: Mallocs +" escapes to heap in main:
./heap--counters.go:22:14:   flow: {storage for ... argument} ← &{storage for "after the loop: Mallocs +"}:
./heap--counters.go:22:14:     from "after the loop: Mallocs +" (spill) at ./heap--counters.go:22:14
./heap--counters.go:22:14:     from ... argument (slice-literal-element) at ./heap--counters.go:22:13
./heap--counters.go:22:14:   flow: {heap} ← {storage for ... argument}:
./heap--counters.go:22:14:     from ... argument (spill) at ./heap--counters.go:22:13
./heap--counters.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./heap--counters.go:22:13
./heap--counters.go:22:53: m1.Mallocs - m0.Mallocs escapes to heap in main:
./heap--counters.go:22:53:   flow: {storage for ... argument} ← &{storage for m1.Mallocs - m0.Mallocs}:
./heap--counters.go:22:53:     from m1.Mallocs - m0.Mallocs (spill) at ./heap--counters.go:22:53
./heap--counters.go:22:53:     from ... argument (slice-literal-element) at ./heap--counters.go:22:13
./heap--counters.go:22:53:   flow: {heap} ← {storage for ... argument}:
./heap--counters.go:22:53:     from ... argument (spill) at ./heap--counters.go:22:13
./heap--counters.go:22:53:     from fmt.Println(... argument...) (call parameter) at ./heap--counters.go:22:13
./heap--counters.go:23:3: " TotalAlloc +" escapes to heap in main:
./heap--counters.go:23:3:   flow: {storage for ... argument} ← &{storage for " TotalAlloc +"}:
./heap--counters.go:23:3:     from " TotalAlloc +" (spill) at ./heap--counters.go:23:3
./heap--counters.go:23:3:     from ... argument (slice-literal-element) at ./heap--counters.go:22:13
./heap--counters.go:23:3:   flow: {heap} ← {storage for ... argument}:
./heap--counters.go:23:3:     from ... argument (spill) at ./heap--counters.go:22:13
./heap--counters.go:23:3:     from fmt.Println(... argument...) (call parameter) at ./heap--counters.go:22:13
./heap--counters.go:23:33: m1.TotalAlloc - m0.TotalAlloc escapes to heap in main:
./heap--counters.go:23:33:   flow: {storage for ... argument} ← &{storage for m1.TotalAlloc - m0.TotalAlloc}:
./heap--counters.go:23:33:     from m1.TotalAlloc - m0.TotalAlloc (spill) at ./heap--counters.go:23:33
./heap--counters.go:23:33:     from ... argument (slice-literal-element) at ./heap--counters.go:22:13
./heap--counters.go:23:33:   flow: {heap} ← {storage for ... argument}:
./heap--counters.go:23:33:     from ... argument (spill) at ./heap--counters.go:22:13
./heap--counters.go:23:33:     from fmt.Println(... argument...) (call parameter) at ./heap--counters.go:22:13
./heap--counters.go:24:3: " HeapObjects +" escapes to heap in main:
./heap--counters.go:24:3:   flow: {storage for ... argument} ← &{storage for " HeapObjects +"}:
./heap--counters.go:24:3:     from " HeapObjects +" (spill) at ./heap--counters.go:24:3
./heap--counters.go:24:3:     from ... argument (slice-literal-element) at ./heap--counters.go:22:13
./heap--counters.go:24:3:   flow: {heap} ← {storage for ... argument}:
./heap--counters.go:24:3:     from ... argument (spill) at ./heap--counters.go:22:13
./heap--counters.go:24:3:     from fmt.Println(... argument...) (call parameter) at ./heap--counters.go:22:13
./heap--counters.go:24:35: m1.HeapObjects - m0.HeapObjects escapes to heap in main:
./heap--counters.go:24:35:   flow: {storage for ... argument} ← &{storage for m1.HeapObjects - m0.HeapObjects}:
./heap--counters.go:24:35:     from m1.HeapObjects - m0.HeapObjects (spill) at ./heap--counters.go:24:35
./heap--counters.go:24:35:     from ... argument (slice-literal-element) at ./heap--counters.go:22:13
./heap--counters.go:24:35:   flow: {heap} ← {storage for ... argument}:
./heap--counters.go:24:35:     from ... argument (spill) at ./heap--counters.go:22:13
./heap--counters.go:24:35:     from fmt.Println(... argument...) (call parameter) at ./heap--counters.go:22:13
./heap--counters.go:25:14: "after the GC:   Frees +" escapes to heap in main:
./heap--counters.go:25:14:   flow: {storage for ... argument} ← &{storage for "after the GC:   Frees +"}:
./heap--counters.go:25:14:     from "after the GC:   Frees +" (spill) at ./heap--counters.go:25:14
./heap--counters.go:25:14:     from ... argument (slice-literal-element) at ./heap--counters.go:25:13
./heap--counters.go:25:14:   flow: {heap} ← {storage for ... argument}:
./heap--counters.go:25:14:     from ... argument (spill) at ./heap--counters.go:25:13
./heap--counters.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./heap--counters.go:25:13
./heap--counters.go:25:49: m2.Frees - m1.Frees escapes to heap in main:
./heap--counters.go:25:49:   flow: {storage for ... argument} ← &{storage for m2.Frees - m1.Frees}:
./heap--counters.go:25:49:     from m2.Frees - m1.Frees (spill) at ./heap--counters.go:25:49
./heap--counters.go:25:49:     from ... argument (slice-literal-element) at ./heap--counters.go:25:13
./heap--counters.go:25:49:   flow: {heap} ← {storage for ... argument}:
./heap--counters.go:25:49:     from ... argument (spill) at ./heap--counters.go:25:13
./heap--counters.go:25:49:     from fmt.Println(... argument...) (call parameter) at ./heap--counters.go:25:13
./heap--counters.go:26:3: " NumGC +" escapes to heap in main:
./heap--counters.go:26:3:   flow: {storage for ... argument} ← &{storage for " NumGC +"}:
./heap--counters.go:26:3:     from " NumGC +" (spill) at ./heap--counters.go:26:3
./heap--counters.go:26:3:     from ... argument (slice-literal-element) at ./heap--counters.go:25:13
./heap--counters.go:26:3:   flow: {heap} ← {storage for ... argument}:
./heap--counters.go:26:3:     from ... argument (spill) at ./heap--counters.go:25:13
./heap--counters.go:26:3:     from fmt.Println(... argument...) (call parameter) at ./heap--counters.go:25:13
./heap--counters.go:26:23: m2.NumGC - m1.NumGC escapes to heap in main:
./heap--counters.go:26:23:   flow: {storage for ... argument} ← &{storage for m2.NumGC - m1.NumGC}:
./heap--counters.go:26:23:     from m2.NumGC - m1.NumGC (spill) at ./heap--counters.go:26:23
./heap--counters.go:26:23:     from ... argument (slice-literal-element) at ./heap--counters.go:25:13
./heap--counters.go:26:23:   flow: {heap} ← {storage for ... argument}:
./heap--counters.go:26:23:     from ... argument (spill) at ./heap--counters.go:25:13
./heap--counters.go:26:23:     from fmt.Println(... argument...) (call parameter) at ./heap--counters.go:25:13
./heap--counters.go:17:10: &pair{} escapes to heap
./heap--counters.go:22:13: ... argument does not escape
./heap--counters.go:22:14: "after the loop: Mallocs +" escapes to heap
./heap--counters.go:22:53: m1.Mallocs - m0.Mallocs escapes to heap
./heap--counters.go:23:3: " TotalAlloc +" escapes to heap
./heap--counters.go:23:33: m1.TotalAlloc - m0.TotalAlloc escapes to heap
./heap--counters.go:24:3: " HeapObjects +" escapes to heap
./heap--counters.go:24:35: m1.HeapObjects - m0.HeapObjects escapes to heap
./heap--counters.go:25:13: ... argument does not escape
./heap--counters.go:25:14: "after the GC:   Frees +" escapes to heap
./heap--counters.go:25:49: m2.Frees - m1.Frees escapes to heap
./heap--counters.go:26:3: " NumGC +" escapes to heap
./heap--counters.go:26:23: m2.NumGC - m1.NumGC escapes to heap
