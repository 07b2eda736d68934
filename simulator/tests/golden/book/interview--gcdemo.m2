./interview--gcdemo.go:18:9: &node{...} escapes to heap in build:
./interview--gcdemo.go:18:9:   flow: {heap} ← &{storage for &node{...}}:
./interview--gcdemo.go:18:9:     from &node{...} (spill) at ./interview--gcdemo.go:18:9
./interview--gcdemo.go:18:9:     from head = &node{...} (assign) at ./interview--gcdemo.go:18:7
./interview--gcdemo.go:17:7: &node{...} escapes to heap in build:
./interview--gcdemo.go:17:7:   flow: b ← &{storage for &node{...}}:
./interview--gcdemo.go:17:7:     from &node{...} (spill) at ./interview--gcdemo.go:17:7
./interview--gcdemo.go:17:7:     from b := &node{...} (assign) at ./interview--gcdemo.go:17:4
./interview--gcdemo.go:17:7:   flow: {storage for &node{...}} ← b:
./interview--gcdemo.go:17:7:     from node{...} (struct literal element) at ./interview--gcdemo.go:18:14
./interview--gcdemo.go:16:7: &node{...} escapes to heap in build:
./interview--gcdemo.go:16:7:   flow: c ← &{storage for &node{...}}:
./interview--gcdemo.go:16:7:     from &node{...} (spill) at ./interview--gcdemo.go:16:7
./interview--gcdemo.go:16:7:     from c := &node{...} (assign) at ./interview--gcdemo.go:16:4
./interview--gcdemo.go:16:7:   flow: {storage for &node{...}} ← c:
./interview--gcdemo.go:16:7:     from node{...} (struct literal element) at ./interview--gcdemo.go:17:12
./interview--gcdemo.go:16:7: &node{...} escapes to heap
./interview--gcdemo.go:17:7: &node{...} escapes to heap
./interview--gcdemo.go:18:9: &node{...} escapes to heap
./interview--gcdemo.go:25:18: head.val escapes to heap in main:
./interview--gcdemo.go:25:18:   flow: {storage for ... argument} ← &{storage for head.val}:
./interview--gcdemo.go:25:18:     from head.val (spill) at ./interview--gcdemo.go:25:18
./interview--gcdemo.go:25:18:     from ... argument (slice-literal-element) at ./interview--gcdemo.go:25:13
./interview--gcdemo.go:25:18:   flow: {heap} ← {storage for ... argument}:
./interview--gcdemo.go:25:18:     from ... argument (spill) at ./interview--gcdemo.go:25:13
./interview--gcdemo.go:25:18:     from fmt.Println(... argument...) (call parameter) at ./interview--gcdemo.go:25:13
./interview--gcdemo.go:25:33: head.next.val escapes to heap in main:
./interview--gcdemo.go:25:33:   flow: {storage for ... argument} ← &{storage for head.next.val}:
./interview--gcdemo.go:25:33:     from head.next.val (spill) at ./interview--gcdemo.go:25:33
./interview--gcdemo.go:25:33:     from ... argument (slice-literal-element) at ./interview--gcdemo.go:25:13
./interview--gcdemo.go:25:33:   flow: {heap} ← {storage for ... argument}:
./interview--gcdemo.go:25:33:     from ... argument (spill) at ./interview--gcdemo.go:25:13
./interview--gcdemo.go:25:33:     from fmt.Println(... argument...) (call parameter) at ./interview--gcdemo.go:25:13
./interview--gcdemo.go:25:13: ... argument does not escape
./interview--gcdemo.go:25:18: head.val escapes to heap
./interview--gcdemo.go:25:33: head.next.val escapes to heap
