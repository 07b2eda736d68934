./094_linked_list.go:19:11: &Node{...} escapes to heap in (*List).PushFront:
./094_linked_list.go:19:11:   flow: {heap} ← &{storage for &Node{...}}:
./094_linked_list.go:19:11:     from &Node{...} (spill) at ./094_linked_list.go:19:11
./094_linked_list.go:19:11:     from l.head = &Node{...} (assign) at ./094_linked_list.go:19:9
./094_linked_list.go:18:7: parameter l leaks to {storage for &Node{...}} for (*List).PushFront with derefs=1:
./094_linked_list.go:18:7:   flow: {storage for &Node{...}} ← *l:
./094_linked_list.go:18:7:     from l.head (dot of pointer) at ./094_linked_list.go:19:32
./094_linked_list.go:18:7:     from Node{...} (struct literal element) at ./094_linked_list.go:19:16
./094_linked_list.go:18:7: leaking param content: l
./094_linked_list.go:19:11: &Node{...} escapes to heap
./094_linked_list.go:24:7: &Node{...} escapes to heap in (*List).PushBack:
./094_linked_list.go:24:7:   flow: n ← &{storage for &Node{...}}:
./094_linked_list.go:24:7:     from &Node{...} (spill) at ./094_linked_list.go:24:7
./094_linked_list.go:24:7:     from n := &Node{...} (assign) at ./094_linked_list.go:24:4
./094_linked_list.go:24:7:   flow: {heap} ← n:
./094_linked_list.go:24:7:     from l.head = n (assign) at ./094_linked_list.go:26:10
./094_linked_list.go:23:7: l does not escape
./094_linked_list.go:24:7: &Node{...} escapes to heap
./094_linked_list.go:37:7: l does not escape
./094_linked_list.go:45:7: parameter l leaks to {heap} for (*List).Reverse with derefs=1:
./094_linked_list.go:45:7:   flow: cur ← *l:
./094_linked_list.go:45:7:     from l.head (dot of pointer) at ./094_linked_list.go:47:14
./094_linked_list.go:45:7:     from cur := l.head (assign) at ./094_linked_list.go:47:10
./094_linked_list.go:45:7:   flow: prev ← cur:
./094_linked_list.go:45:7:     from prev, cur = cur, next (assign-pair) at ./094_linked_list.go:50:13
./094_linked_list.go:45:7:   flow: {heap} ← prev:
./094_linked_list.go:45:7:     from cur.Next = prev (assign) at ./094_linked_list.go:49:12
./094_linked_list.go:45:7: leaking param content: l
./094_linked_list.go:62:15: l.size escapes to heap in main:
./094_linked_list.go:62:15:   flow: {storage for ... argument} ← &{storage for l.size}:
./094_linked_list.go:62:15:     from l.size (spill) at ./094_linked_list.go:62:15
./094_linked_list.go:62:15:     from ... argument (slice-literal-element) at ./094_linked_list.go:62:13
./094_linked_list.go:62:15:   flow: {heap} ← {storage for ... argument}:
./094_linked_list.go:62:15:     from ... argument (spill) at ./094_linked_list.go:62:13
./094_linked_list.go:62:15:     from fmt.Println(... argument...) (call parameter) at ./094_linked_list.go:62:13
./094_linked_list.go:62:27: (*List).Sum(l) escapes to heap in main:
./094_linked_list.go:62:27:   flow: {storage for ... argument} ← &{storage for (*List).Sum(l)}:
./094_linked_list.go:62:27:     from (*List).Sum(l) (spill) at ./094_linked_list.go:62:27
./094_linked_list.go:62:27:     from ... argument (slice-literal-element) at ./094_linked_list.go:62:13
./094_linked_list.go:62:27:   flow: {heap} ← {storage for ... argument}:
./094_linked_list.go:62:27:     from ... argument (spill) at ./094_linked_list.go:62:13
./094_linked_list.go:62:27:     from fmt.Println(... argument...) (call parameter) at ./094_linked_list.go:62:13
./094_linked_list.go:62:37: l.head.Val escapes to heap in main:
./094_linked_list.go:62:37:   flow: {storage for ... argument} ← &{storage for l.head.Val}:
./094_linked_list.go:62:37:     from l.head.Val (spill) at ./094_linked_list.go:62:37
./094_linked_list.go:62:37:     from ... argument (slice-literal-element) at ./094_linked_list.go:62:13
./094_linked_list.go:62:37:   flow: {heap} ← {storage for ... argument}:
./094_linked_list.go:62:37:     from ... argument (spill) at ./094_linked_list.go:62:13
./094_linked_list.go:62:37:     from fmt.Println(... argument...) (call parameter) at ./094_linked_list.go:62:13
./094_linked_list.go:62:13: ... argument does not escape
./094_linked_list.go:62:15: l.size escapes to heap
./094_linked_list.go:62:27: (*List).Sum(l) escapes to heap
./094_linked_list.go:62:37: l.head.Val escapes to heap
