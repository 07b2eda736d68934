./069_order_mutual_recursion.go:13:11: t does not escape
./069_order_mutual_recursion.go:13:20: acc does not escape
./069_order_mutual_recursion.go:22:11: t does not escape
./069_order_mutual_recursion.go:22:20: acc does not escape
./069_order_mutual_recursion.go:31:18: parameter p leaks to ~r0 for ping with derefs=0:
./069_order_mutual_recursion.go:31:18:   flow: ~r0 ← p:
./069_order_mutual_recursion.go:31:18:     from return p (return) at ./069_order_mutual_recursion.go:33:3
./069_order_mutual_recursion.go:31:18:   flow: ~r0 ← ~r0:
./069_order_mutual_recursion.go:31:18:     from return ping(n, p) (return) at ./069_order_mutual_recursion.go:38:33
./069_order_mutual_recursion.go:38:18: parameter p leaks to ~r0 for pong with derefs=0:
./069_order_mutual_recursion.go:38:18:   flow: p ← p:
./069_order_mutual_recursion.go:38:18:     from ping(n, p) (call parameter) at ./069_order_mutual_recursion.go:38:44
./069_order_mutual_recursion.go:38:18:   flow: ~r0 ← p:
./069_order_mutual_recursion.go:38:18:     from return p (return) at ./069_order_mutual_recursion.go:33:3
./069_order_mutual_recursion.go:38:18:   flow: ~r0 ← ~r0:
./069_order_mutual_recursion.go:38:18:     from return ping(n, p) (return) at ./069_order_mutual_recursion.go:38:33
./069_order_mutual_recursion.go:31:18: parameter p leaks to ~r0 for ping with derefs=0:
./069_order_mutual_recursion.go:31:18:   flow: ~r0 ← p:
./069_order_mutual_recursion.go:31:18:     from return p (return) at ./069_order_mutual_recursion.go:33:3
./069_order_mutual_recursion.go:38:18: parameter p leaks to ~r0 for pong with derefs=0:
./069_order_mutual_recursion.go:38:18:   flow: p ← p:
./069_order_mutual_recursion.go:38:18:     from ping(n, p) (call parameter) at ./069_order_mutual_recursion.go:38:44
./069_order_mutual_recursion.go:38:18:   flow: ~r0 ← p:
./069_order_mutual_recursion.go:38:18:     from return p (return) at ./069_order_mutual_recursion.go:33:3
./069_order_mutual_recursion.go:31:18: leaking param: p
./069_order_mutual_recursion.go:38:18: leaking param: p
./069_order_mutual_recursion.go:44:2: x escapes to heap in main:
./069_order_mutual_recursion.go:44:2:   flow: {heap} ← &x:
./069_order_mutual_recursion.go:44:2:     from &x (address-of) at ./069_order_mutual_recursion.go:45:30
./069_order_mutual_recursion.go:44:2:     from ping(3, &x) (call parameter) at ./069_order_mutual_recursion.go:45:26
./069_order_mutual_recursion.go:45:14: total escapes to heap in main:
./069_order_mutual_recursion.go:45:14:   flow: {storage for ... argument} ← &{storage for total}:
./069_order_mutual_recursion.go:45:14:     from total (spill) at ./069_order_mutual_recursion.go:45:14
./069_order_mutual_recursion.go:45:14:     from ... argument (slice-literal-element) at ./069_order_mutual_recursion.go:45:13
./069_order_mutual_recursion.go:45:14:   flow: {heap} ← {storage for ... argument}:
./069_order_mutual_recursion.go:45:14:     from ... argument (spill) at ./069_order_mutual_recursion.go:45:13
./069_order_mutual_recursion.go:45:14:     from fmt.Println(... argument...) (call parameter) at ./069_order_mutual_recursion.go:45:13
./069_order_mutual_recursion.go:45:21: *ping(3, &x) escapes to heap in main:
./069_order_mutual_recursion.go:45:21:   flow: {storage for ... argument} ← &{storage for *ping(3, &x)}:
./069_order_mutual_recursion.go:45:21:     from *ping(3, &x) (spill) at ./069_order_mutual_recursion.go:45:21
./069_order_mutual_recursion.go:45:21:     from ... argument (slice-literal-element) at ./069_order_mutual_recursion.go:45:13
./069_order_mutual_recursion.go:45:21:   flow: {heap} ← {storage for ... argument}:
./069_order_mutual_recursion.go:45:21:     from ... argument (spill) at ./069_order_mutual_recursion.go:45:13
./069_order_mutual_recursion.go:45:21:     from fmt.Println(... argument...) (call parameter) at ./069_order_mutual_recursion.go:45:13
./069_order_mutual_recursion.go:44:2: moved to heap: x
./069_order_mutual_recursion.go:41:7: &Tree{...} does not escape
./069_order_mutual_recursion.go:41:27: &Tree{...} does not escape
./069_order_mutual_recursion.go:41:49: &Tree{...} does not escape
./069_order_mutual_recursion.go:41:69: &Tree{...} does not escape
./069_order_mutual_recursion.go:45:13: ... argument does not escape
./069_order_mutual_recursion.go:45:14: total escapes to heap
./069_order_mutual_recursion.go:45:21: *ping(3, &x) escapes to heap
