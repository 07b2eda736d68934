./heap--header.go:13:25: new([80]int) escapes to heap in Ints:
./heap--header.go:13:25:   flow: {heap} ← &{storage for new([80]int)}:
./heap--header.go:13:25:     from new([80]int) (spill) at ./heap--header.go:13:25
./heap--header.go:13:25:     from ints = new([80]int) (assign) at ./heap--header.go:13:20
./heap--header.go:13:25: new([80]int) escapes to heap
./heap--header.go:14:25: new([80]*int) escapes to heap in Ptrs:
./heap--header.go:14:25:   flow: {heap} ← &{storage for new([80]*int)}:
./heap--header.go:14:25:     from new([80]*int) (spill) at ./heap--header.go:14:25
./heap--header.go:14:25:     from ptrs = new([80]*int) (assign) at ./heap--header.go:14:20
./heap--header.go:14:25: new([80]*int) escapes to heap
./heap--header.go:16:16: f does not escape
./heap--header.go:25:14: "[80]int  takes" escapes to heap in main:
./heap--header.go:25:14:   flow: {storage for ... argument} ← &{storage for "[80]int  takes"}:
./heap--header.go:25:14:     from "[80]int  takes" (spill) at ./heap--header.go:25:14
./heap--header.go:25:14:     from ... argument (slice-literal-element) at ./heap--header.go:25:13
./heap--header.go:25:14:   flow: {heap} ← {storage for ... argument}:
./heap--header.go:25:14:     from ... argument (spill) at ./heap--header.go:25:13
./heap--header.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./heap--header.go:25:13
./heap--header.go:25:41: heapBytes(Ints) escapes to heap in main:
./heap--header.go:25:41:   flow: {storage for ... argument} ← &{storage for heapBytes(Ints)}:
./heap--header.go:25:41:     from heapBytes(Ints) (spill) at ./heap--header.go:25:41
./heap--header.go:25:41:     from ... argument (slice-literal-element) at ./heap--header.go:25:13
./heap--header.go:25:41:   flow: {heap} ← {storage for ... argument}:
./heap--header.go:25:41:     from ... argument (spill) at ./heap--header.go:25:13
./heap--header.go:25:41:     from fmt.Println(... argument...) (call parameter) at ./heap--header.go:25:13
./heap--header.go:26:14: "[80]*int takes" escapes to heap in main:
./heap--header.go:26:14:   flow: {storage for ... argument} ← &{storage for "[80]*int takes"}:
./heap--header.go:26:14:     from "[80]*int takes" (spill) at ./heap--header.go:26:14
./heap--header.go:26:14:     from ... argument (slice-literal-element) at ./heap--header.go:26:13
./heap--header.go:26:14:   flow: {heap} ← {storage for ... argument}:
./heap--header.go:26:14:     from ... argument (spill) at ./heap--header.go:26:13
./heap--header.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./heap--header.go:26:13
./heap--header.go:26:41: heapBytes(Ptrs) escapes to heap in main:
./heap--header.go:26:41:   flow: {storage for ... argument} ← &{storage for heapBytes(Ptrs)}:
./heap--header.go:26:41:     from heapBytes(Ptrs) (spill) at ./heap--header.go:26:41
./heap--header.go:26:41:     from ... argument (slice-literal-element) at ./heap--header.go:26:13
./heap--header.go:26:41:   flow: {heap} ← {storage for ... argument}:
./heap--header.go:26:41:     from ... argument (spill) at ./heap--header.go:26:13
./heap--header.go:26:41:     from fmt.Println(... argument...) (call parameter) at ./heap--header.go:26:13
./heap--header.go:28:23: *ptrs[0] == 0 escapes to heap in main:
./heap--header.go:28:23:   flow: {storage for ... argument} ← &{storage for *ptrs[0] == 0}:
./heap--header.go:28:23:     from *ptrs[0] == 0 (spill) at ./heap--header.go:28:23
./heap--header.go:28:23:     from ... argument (slice-literal-element) at ./heap--header.go:28:13
./heap--header.go:28:23:   flow: {heap} ← {storage for ... argument}:
./heap--header.go:28:23:     from ... argument (spill) at ./heap--header.go:28:13
./heap--header.go:28:23:     from fmt.Println(... argument...) (call parameter) at ./heap--header.go:28:13
./heap--header.go:25:13: ... argument does not escape
./heap--header.go:25:14: "[80]int  takes" escapes to heap
./heap--header.go:25:41: heapBytes(Ints) escapes to heap
./heap--header.go:26:13: ... argument does not escape
./heap--header.go:26:14: "[80]*int takes" escapes to heap
./heap--header.go:26:41: heapBytes(Ptrs) escapes to heap
./heap--header.go:28:13: ... argument does not escape
./heap--header.go:28:23: *ptrs[0] == 0 escapes to heap
