./heap--list.go:11:9: &node{...} escapes to heap in push:
./heap--list.go:11:9:   flow: ~r0 ← &{storage for &node{...}}:
./heap--list.go:11:9:     from &node{...} (spill) at ./heap--list.go:11:9
./heap--list.go:11:9:     from return &node{...} (return) at ./heap--list.go:11:2
./heap--list.go:10:11: parameter head leaks to {storage for &node{...}} for push with derefs=0:
./heap--list.go:10:11:   flow: {storage for &node{...}} ← head:
./heap--list.go:10:11:     from node{...} (struct literal element) at ./heap--list.go:11:14
./heap--list.go:10:11: leaking param: head
./heap--list.go:11:9: &node{...} escapes to heap
./heap--list.go:20:16: n.val escapes to heap in main:
./heap--list.go:20:16:   flow: {storage for ... argument} ← &{storage for n.val}:
./heap--list.go:20:16:     from n.val (spill) at ./heap--list.go:20:16
./heap--list.go:20:16:     from ... argument (slice-literal-element) at ./heap--list.go:20:14
./heap--list.go:20:16:   flow: {heap} ← {storage for ... argument}:
./heap--list.go:20:16:     from ... argument (spill) at ./heap--list.go:20:14
./heap--list.go:20:16:     from fmt.Println(... argument...) (call parameter) at ./heap--list.go:20:14
./heap--list.go:20:14: ... argument does not escape
./heap--list.go:20:16: n.val escapes to heap
