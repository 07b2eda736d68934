./heap--classes.go:20:27: new(obj32) escapes to heap in Alloc32:
./heap--classes.go:20:27:   flow: {heap} ← &{storage for new(obj32)}:
./heap--classes.go:20:27:     from new(obj32) (spill) at ./heap--classes.go:20:27
./heap--classes.go:20:27:     from s32 = new(obj32) (assign) at ./heap--classes.go:20:22
./heap--classes.go:20:27: new(obj32) escapes to heap
./heap--classes.go:21:27: new(obj33) escapes to heap in Alloc33:
./heap--classes.go:21:27:   flow: {heap} ← &{storage for new(obj33)}:
./heap--classes.go:21:27:     from new(obj33) (spill) at ./heap--classes.go:21:27
./heap--classes.go:21:27:     from s33 = new(obj33) (assign) at ./heap--classes.go:21:22
./heap--classes.go:21:27: new(obj33) escapes to heap
./heap--classes.go:22:27: new(obj48) escapes to heap in Alloc48:
./heap--classes.go:22:27:   flow: {heap} ← &{storage for new(obj48)}:
./heap--classes.go:22:27:     from new(obj48) (spill) at ./heap--classes.go:22:27
./heap--classes.go:22:27:     from s48 = new(obj48) (assign) at ./heap--classes.go:22:22
./heap--classes.go:22:27: new(obj48) escapes to heap
./heap--classes.go:23:27: new(obj49) escapes to heap in Alloc49:
./heap--classes.go:23:27:   flow: {heap} ← &{storage for new(obj49)}:
./heap--classes.go:23:27:     from new(obj49) (spill) at ./heap--classes.go:23:27
./heap--classes.go:23:27:     from s49 = new(obj49) (assign) at ./heap--classes.go:23:22
./heap--classes.go:23:27: new(obj49) escapes to heap
./heap--classes.go:26:16: f does not escape
./heap--classes.go:35:14: "32 bytes take" escapes to heap in main:
./heap--classes.go:35:14:   flow: {storage for ... argument} ← &{storage for "32 bytes take"}:
./heap--classes.go:35:14:     from "32 bytes take" (spill) at ./heap--classes.go:35:14
./heap--classes.go:35:14:     from ... argument (slice-literal-element) at ./heap--classes.go:35:13
./heap--classes.go:35:14:   flow: {heap} ← {storage for ... argument}:
./heap--classes.go:35:14:     from ... argument (spill) at ./heap--classes.go:35:13
./heap--classes.go:35:14:     from fmt.Println(... argument...) (call parameter) at ./heap--classes.go:35:13
./heap--classes.go:35:40: heapBytes(Alloc32) escapes to heap in main:
./heap--classes.go:35:40:   flow: {storage for ... argument} ← &{storage for heapBytes(Alloc32)}:
./heap--classes.go:35:40:     from heapBytes(Alloc32) (spill) at ./heap--classes.go:35:40
./heap--classes.go:35:40:     from ... argument (slice-literal-element) at ./heap--classes.go:35:13
./heap--classes.go:35:40:   flow: {heap} ← {storage for ... argument}:
./heap--classes.go:35:40:     from ... argument (spill) at ./heap--classes.go:35:13
./heap--classes.go:35:40:     from fmt.Println(... argument...) (call parameter) at ./heap--classes.go:35:13
./heap--classes.go:36:14: "33 bytes take" escapes to heap in main:
./heap--classes.go:36:14:   flow: {storage for ... argument} ← &{storage for "33 bytes take"}:
./heap--classes.go:36:14:     from "33 bytes take" (spill) at ./heap--classes.go:36:14
./heap--classes.go:36:14:     from ... argument (slice-literal-element) at ./heap--classes.go:36:13
./heap--classes.go:36:14:   flow: {heap} ← {storage for ... argument}:
./heap--classes.go:36:14:     from ... argument (spill) at ./heap--classes.go:36:13
./heap--classes.go:36:14:     from fmt.Println(... argument...) (call parameter) at ./heap--classes.go:36:13
./heap--classes.go:36:40: heapBytes(Alloc33) escapes to heap in main:
./heap--classes.go:36:40:   flow: {storage for ... argument} ← &{storage for heapBytes(Alloc33)}:
./heap--classes.go:36:40:     from heapBytes(Alloc33) (spill) at ./heap--classes.go:36:40
./heap--classes.go:36:40:     from ... argument (slice-literal-element) at ./heap--classes.go:36:13
./heap--classes.go:36:40:   flow: {heap} ← {storage for ... argument}:
./heap--classes.go:36:40:     from ... argument (spill) at ./heap--classes.go:36:13
./heap--classes.go:36:40:     from fmt.Println(... argument...) (call parameter) at ./heap--classes.go:36:13
./heap--classes.go:37:14: "48 bytes take" escapes to heap in main:
./heap--classes.go:37:14:   flow: {storage for ... argument} ← &{storage for "48 bytes take"}:
./heap--classes.go:37:14:     from "48 bytes take" (spill) at ./heap--classes.go:37:14
./heap--classes.go:37:14:     from ... argument (slice-literal-element) at ./heap--classes.go:37:13
./heap--classes.go:37:14:   flow: {heap} ← {storage for ... argument}:
./heap--classes.go:37:14:     from ... argument (spill) at ./heap--classes.go:37:13
./heap--classes.go:37:14:     from fmt.Println(... argument...) (call parameter) at ./heap--classes.go:37:13
./heap--classes.go:37:40: heapBytes(Alloc48) escapes to heap in main:
./heap--classes.go:37:40:   flow: {storage for ... argument} ← &{storage for heapBytes(Alloc48)}:
./heap--classes.go:37:40:     from heapBytes(Alloc48) (spill) at ./heap--classes.go:37:40
./heap--classes.go:37:40:     from ... argument (slice-literal-element) at ./heap--classes.go:37:13
./heap--classes.go:37:40:   flow: {heap} ← {storage for ... argument}:
./heap--classes.go:37:40:     from ... argument (spill) at ./heap--classes.go:37:13
./heap--classes.go:37:40:     from fmt.Println(... argument...) (call parameter) at ./heap--classes.go:37:13
./heap--classes.go:38:14: "49 bytes take" escapes to heap in main:
./heap--classes.go:38:14:   flow: {storage for ... argument} ← &{storage for "49 bytes take"}:
./heap--classes.go:38:14:     from "49 bytes take" (spill) at ./heap--classes.go:38:14
./heap--classes.go:38:14:     from ... argument (slice-literal-element) at ./heap--classes.go:38:13
./heap--classes.go:38:14:   flow: {heap} ← {storage for ... argument}:
./heap--classes.go:38:14:     from ... argument (spill) at ./heap--classes.go:38:13
./heap--classes.go:38:14:     from fmt.Println(... argument...) (call parameter) at ./heap--classes.go:38:13
./heap--classes.go:38:40: heapBytes(Alloc49) escapes to heap in main:
./heap--classes.go:38:40:   flow: {storage for ... argument} ← &{storage for heapBytes(Alloc49)}:
./heap--classes.go:38:40:     from heapBytes(Alloc49) (spill) at ./heap--classes.go:38:40
./heap--classes.go:38:40:     from ... argument (slice-literal-element) at ./heap--classes.go:38:13
./heap--classes.go:38:40:   flow: {heap} ← {storage for ... argument}:
./heap--classes.go:38:40:     from ... argument (spill) at ./heap--classes.go:38:13
./heap--classes.go:38:40:     from fmt.Println(... argument...) (call parameter) at ./heap--classes.go:38:13
./heap--classes.go:35:13: ... argument does not escape
./heap--classes.go:35:14: "32 bytes take" escapes to heap
./heap--classes.go:35:40: heapBytes(Alloc32) escapes to heap
./heap--classes.go:36:13: ... argument does not escape
./heap--classes.go:36:14: "33 bytes take" escapes to heap
./heap--classes.go:36:40: heapBytes(Alloc33) escapes to heap
./heap--classes.go:37:13: ... argument does not escape
./heap--classes.go:37:14: "48 bytes take" escapes to heap
./heap--classes.go:37:40: heapBytes(Alloc48) escapes to heap
./heap--classes.go:38:13: ... argument does not escape
./heap--classes.go:38:14: "49 bytes take" escapes to heap
./heap--classes.go:38:40: heapBytes(Alloc49) escapes to heap
