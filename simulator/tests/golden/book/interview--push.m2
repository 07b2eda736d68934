./interview--push.go:13:2: n escapes to heap in push:
./interview--push.go:13:2:   flow: {heap} ← &n:
./interview--push.go:13:2:     from &n (address-of) at ./interview--push.go:15:9
./interview--push.go:13:2:     from list = &n (assign) at ./interview--push.go:15:7
./interview--push.go:13:2: moved to heap: n
./interview--push.go:21:18: list.val escapes to heap in main:
./interview--push.go:21:18:   flow: {storage for ... argument} ← &{storage for list.val}:
./interview--push.go:21:18:     from list.val (spill) at ./interview--push.go:21:18
./interview--push.go:21:18:     from ... argument (slice-literal-element) at ./interview--push.go:21:13
./interview--push.go:21:18:   flow: {heap} ← {storage for ... argument}:
./interview--push.go:21:18:     from ... argument (spill) at ./interview--push.go:21:13
./interview--push.go:21:18:     from fmt.Println(... argument...) (call parameter) at ./interview--push.go:21:13
./interview--push.go:21:33: list.next.val escapes to heap in main:
./interview--push.go:21:33:   flow: {storage for ... argument} ← &{storage for list.next.val}:
./interview--push.go:21:33:     from list.next.val (spill) at ./interview--push.go:21:33
./interview--push.go:21:33:     from ... argument (slice-literal-element) at ./interview--push.go:21:13
./interview--push.go:21:33:   flow: {heap} ← {storage for ... argument}:
./interview--push.go:21:33:     from ... argument (spill) at ./interview--push.go:21:13
./interview--push.go:21:33:     from fmt.Println(... argument...) (call parameter) at ./interview--push.go:21:13
./interview--push.go:21:13: ... argument does not escape
./interview--push.go:21:18: list.val escapes to heap
./interview--push.go:21:33: list.next.val escapes to heap
