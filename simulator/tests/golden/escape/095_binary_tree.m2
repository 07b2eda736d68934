./095_binary_tree.go:15:10: &Tree{...} escapes to heap in insert:
./095_binary_tree.go:15:10:   flow: ~r0 ← &{storage for &Tree{...}}:
./095_binary_tree.go:15:10:     from &Tree{...} (spill) at ./095_binary_tree.go:15:10
./095_binary_tree.go:15:10:     from return &Tree{...} (return) at ./095_binary_tree.go:15:3
./095_binary_tree.go:15:10:   flow: {heap} ← ~r0:
./095_binary_tree.go:15:10:     from t.Left = insert(t.Left, k) (assign) at ./095_binary_tree.go:18:10
./095_binary_tree.go:13:13: parameter t leaks to {heap} for insert with derefs=0:
./095_binary_tree.go:13:13:   flow: ~r0 ← t:
./095_binary_tree.go:13:13:     from return t (return) at ./095_binary_tree.go:22:2
./095_binary_tree.go:13:13:   flow: {heap} ← ~r0:
./095_binary_tree.go:13:13:     from t.Left = insert(t.Left, k) (assign) at ./095_binary_tree.go:18:10
./095_binary_tree.go:13:13: parameter t leaks to ~r0 for insert with derefs=0:
./095_binary_tree.go:13:13:   flow: ~r0 ← t:
./095_binary_tree.go:13:13:     from return t (return) at ./095_binary_tree.go:22:2
./095_binary_tree.go:13:13: leaking param: t
./095_binary_tree.go:15:10: &Tree{...} escapes to heap
./095_binary_tree.go:25:7: t does not escape
./095_binary_tree.go:25:24: visit does not escape
./095_binary_tree.go:34:13: t does not escape
./095_binary_tree.go:46:6: main capturing by ref: keys (addr=false assign=true width=24)
./095_binary_tree.go:48:14: keys escapes to heap in main:
./095_binary_tree.go:48:14:   flow: {storage for ... argument} ← &{storage for keys}:
./095_binary_tree.go:48:14:     from keys (spill) at ./095_binary_tree.go:48:14
./095_binary_tree.go:48:14:     from ... argument (slice-literal-element) at ./095_binary_tree.go:48:13
./095_binary_tree.go:48:14:   flow: {heap} ← {storage for ... argument}:
./095_binary_tree.go:48:14:     from ... argument (spill) at ./095_binary_tree.go:48:13
./095_binary_tree.go:48:14:     from fmt.Println(... argument...) (call parameter) at ./095_binary_tree.go:48:13
./095_binary_tree.go:48:26: height(root) escapes to heap in main:
./095_binary_tree.go:48:26:   flow: {storage for ... argument} ← &{storage for height(root)}:
./095_binary_tree.go:48:26:     from height(root) (spill) at ./095_binary_tree.go:48:26
./095_binary_tree.go:48:26:     from ... argument (slice-literal-element) at ./095_binary_tree.go:48:13
./095_binary_tree.go:48:26:   flow: {heap} ← {storage for ... argument}:
./095_binary_tree.go:48:26:     from ... argument (spill) at ./095_binary_tree.go:48:13
./095_binary_tree.go:48:26:     from fmt.Println(... argument...) (call parameter) at ./095_binary_tree.go:48:13
./095_binary_tree.go:47:42: append(keys, k) escapes to heap in main.func1:
./095_binary_tree.go:47:42:   flow: keys ← &{storage for append(keys, k)}:
./095_binary_tree.go:47:42:     from append(keys, k) (spill) at ./095_binary_tree.go:47:42
./095_binary_tree.go:47:42:     from keys = append(keys, k) (assign) at ./095_binary_tree.go:47:34
./095_binary_tree.go:47:42:   flow: {storage for keys} ← keys:
./095_binary_tree.go:47:42:     from keys (interface-converted) at ./095_binary_tree.go:48:14
./095_binary_tree.go:43:25: []int{...} does not escape
./095_binary_tree.go:47:15: func literal does not escape
./095_binary_tree.go:47:42: append escapes to heap
./095_binary_tree.go:48:13: ... argument does not escape
./095_binary_tree.go:48:14: keys escapes to heap
./095_binary_tree.go:48:26: height(root) escapes to heap
