./009_store_through_pointer.go:11:2: x escapes to heap in viaPtr:
./009_store_through_pointer.go:11:2:   flow: {heap} ← &x:
./009_store_through_pointer.go:11:2:     from &x (address-of) at ./009_store_through_pointer.go:12:8
./009_store_through_pointer.go:11:2:     from *pp = &x (assign) at ./009_store_through_pointer.go:12:6
./009_store_through_pointer.go:10:13: pp does not escape
./009_store_through_pointer.go:11:2: moved to heap: x
./009_store_through_pointer.go:16:2: y escapes to heap in viaField:
./009_store_through_pointer.go:16:2:   flow: {heap} ← &y:
./009_store_through_pointer.go:16:2:     from &y (address-of) at ./009_store_through_pointer.go:17:8
./009_store_through_pointer.go:16:2:     from b.p = &y (assign) at ./009_store_through_pointer.go:17:6
./009_store_through_pointer.go:15:15: b does not escape
./009_store_through_pointer.go:16:2: moved to heap: y
./009_store_through_pointer.go:21:2: z escapes to heap in viaSlice:
./009_store_through_pointer.go:21:2:   flow: {heap} ← &z:
./009_store_through_pointer.go:21:2:     from &z (address-of) at ./009_store_through_pointer.go:22:9
./009_store_through_pointer.go:21:2:     from s[0] = &z (assign) at ./009_store_through_pointer.go:22:7
./009_store_through_pointer.go:20:15: s does not escape
./009_store_through_pointer.go:21:2: moved to heap: z
./009_store_through_pointer.go:26:2: w escapes to heap in viaLocalPtr:
./009_store_through_pointer.go:26:2:   flow: {heap} ← &w:
./009_store_through_pointer.go:26:2:     from &w (address-of) at ./009_store_through_pointer.go:28:8
./009_store_through_pointer.go:26:2:     from b.p = &w (assign) at ./009_store_through_pointer.go:28:6
./009_store_through_pointer.go:26:2: moved to heap: w
./009_store_through_pointer.go:27:7: &Box{} does not escape
./009_store_through_pointer.go:39:14: *p escapes to heap in main:
./009_store_through_pointer.go:39:14:   flow: {storage for ... argument} ← &{storage for *p}:
./009_store_through_pointer.go:39:14:     from *p (spill) at ./009_store_through_pointer.go:39:14
./009_store_through_pointer.go:39:14:     from ... argument (slice-literal-element) at ./009_store_through_pointer.go:39:13
./009_store_through_pointer.go:39:14:   flow: {heap} ← {storage for ... argument}:
./009_store_through_pointer.go:39:14:     from ... argument (spill) at ./009_store_through_pointer.go:39:13
./009_store_through_pointer.go:39:14:     from fmt.Println(... argument...) (call parameter) at ./009_store_through_pointer.go:39:13
./009_store_through_pointer.go:39:18: *b.p escapes to heap in main:
./009_store_through_pointer.go:39:18:   flow: {storage for ... argument} ← &{storage for *b.p}:
./009_store_through_pointer.go:39:18:     from *b.p (spill) at ./009_store_through_pointer.go:39:18
./009_store_through_pointer.go:39:18:     from ... argument (slice-literal-element) at ./009_store_through_pointer.go:39:13
./009_store_through_pointer.go:39:18:   flow: {heap} ← {storage for ... argument}:
./009_store_through_pointer.go:39:18:     from ... argument (spill) at ./009_store_through_pointer.go:39:13
./009_store_through_pointer.go:39:18:     from fmt.Println(... argument...) (call parameter) at ./009_store_through_pointer.go:39:13
./009_store_through_pointer.go:39:24: *s[0] escapes to heap in main:
./009_store_through_pointer.go:39:24:   flow: {storage for ... argument} ← &{storage for *s[0]}:
./009_store_through_pointer.go:39:24:     from *s[0] (spill) at ./009_store_through_pointer.go:39:24
./009_store_through_pointer.go:39:24:     from ... argument (slice-literal-element) at ./009_store_through_pointer.go:39:13
./009_store_through_pointer.go:39:24:   flow: {heap} ← {storage for ... argument}:
./009_store_through_pointer.go:39:24:     from ... argument (spill) at ./009_store_through_pointer.go:39:13
./009_store_through_pointer.go:39:24:     from fmt.Println(... argument...) (call parameter) at ./009_store_through_pointer.go:39:13
./009_store_through_pointer.go:39:42: viaLocalPtr() escapes to heap in main:
./009_store_through_pointer.go:39:42:   flow: {storage for ... argument} ← &{storage for viaLocalPtr()}:
./009_store_through_pointer.go:39:42:     from viaLocalPtr() (spill) at ./009_store_through_pointer.go:39:42
./009_store_through_pointer.go:39:42:     from ... argument (slice-literal-element) at ./009_store_through_pointer.go:39:13
./009_store_through_pointer.go:39:42:   flow: {heap} ← {storage for ... argument}:
./009_store_through_pointer.go:39:42:     from ... argument (spill) at ./009_store_through_pointer.go:39:13
./009_store_through_pointer.go:39:42:     from fmt.Println(... argument...) (call parameter) at ./009_store_through_pointer.go:39:13
./009_store_through_pointer.go:37:11: make([]*int, 1) does not escape
./009_store_through_pointer.go:39:13: ... argument does not escape
./009_store_through_pointer.go:39:14: *p escapes to heap
./009_store_through_pointer.go:39:18: *b.p escapes to heap
./009_store_through_pointer.go:39:24: *s[0] escapes to heap
./009_store_through_pointer.go:39:42: viaLocalPtr() escapes to heap
