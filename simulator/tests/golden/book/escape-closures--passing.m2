./escape-closures--passing.go:7:12: f does not escape
./escape-closures--passing.go:12:19: append(handlers, f) escapes to heap in register:
./escape-closures--passing.go:12:19:   flow: {heap} ← &{storage for append(handlers, f)}:
./escape-closures--passing.go:12:19:     from append(handlers, f) (spill) at ./escape-closures--passing.go:12:19
./escape-closures--passing.go:12:19:     from handlers = append(handlers, f) (assign) at ./escape-closures--passing.go:12:11
./escape-closures--passing.go:11:15: parameter f leaks to {heap} for register with derefs=0:
./escape-closures--passing.go:11:15:   flow: {heap} ← f:
./escape-closures--passing.go:11:15:     from append(handlers, f) (call parameter) at ./escape-closures--passing.go:12:19
./escape-closures--passing.go:11:15: leaking param: f
./escape-closures--passing.go:12:19: append escapes to heap
./escape-closures--passing.go:16:2: x escapes to heap in each:
./escape-closures--passing.go:16:2:   flow: {heap} ← &x:
./escape-closures--passing.go:16:2:     from &x (address-of) at ./escape-closures--passing.go:17:4
./escape-closures--passing.go:16:2:     from f(&x) (call parameter) at ./escape-closures--passing.go:17:3
./escape-closures--passing.go:15:11: f does not escape
./escape-closures--passing.go:16:2: moved to heap: x
./escape-closures--passing.go:23:11: func literal escapes to heap in main:
./escape-closures--passing.go:23:11:   flow: {heap} ← &{storage for func literal}:
./escape-closures--passing.go:23:11:     from func literal (spill) at ./escape-closures--passing.go:23:11
./escape-closures--passing.go:23:11:     from register(func literal) (call parameter) at ./escape-closures--passing.go:23:10
./escape-closures--passing.go:21:2: main capturing by ref: total (addr=false assign=true width=8)
./escape-closures--passing.go:21:2: main capturing by ref: total (addr=true assign=true width=8)
./escape-closures--passing.go:21:2: total escapes to heap in main:
./escape-closures--passing.go:21:2:   flow: {storage for func literal} ← &total:
./escape-closures--passing.go:21:2:     from total (captured by a closure) at ./escape-closures--passing.go:23:20
./escape-closures--passing.go:21:2:     from total (reference) at ./escape-closures--passing.go:23:20
./escape-closures--passing.go:21:2: main capturing by ref: total (addr=true assign=true width=8)
./escape-closures--passing.go:28:14: n escapes to heap in main:
./escape-closures--passing.go:28:14:   flow: {storage for ... argument} ← &{storage for n}:
./escape-closures--passing.go:28:14:     from n (spill) at ./escape-closures--passing.go:28:14
./escape-closures--passing.go:28:14:     from ... argument (slice-literal-element) at ./escape-closures--passing.go:28:13
./escape-closures--passing.go:28:14:   flow: {heap} ← {storage for ... argument}:
./escape-closures--passing.go:28:14:     from ... argument (spill) at ./escape-closures--passing.go:28:13
./escape-closures--passing.go:28:14:     from fmt.Println(... argument...) (call parameter) at ./escape-closures--passing.go:28:13
./escape-closures--passing.go:28:17: total escapes to heap in main:
./escape-closures--passing.go:28:17:   flow: {storage for ... argument} ← &{storage for total}:
./escape-closures--passing.go:28:17:     from total (spill) at ./escape-closures--passing.go:28:17
./escape-closures--passing.go:28:17:     from ... argument (slice-literal-element) at ./escape-closures--passing.go:28:13
./escape-closures--passing.go:28:17:   flow: {heap} ← {storage for ... argument}:
./escape-closures--passing.go:28:17:     from ... argument (spill) at ./escape-closures--passing.go:28:13
./escape-closures--passing.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./escape-closures--passing.go:28:13
./escape-closures--passing.go:24:12: p does not escape
./escape-closures--passing.go:21:2: moved to heap: total
./escape-closures--passing.go:22:13: func literal does not escape
./escape-closures--passing.go:23:11: func literal escapes to heap
./escape-closures--passing.go:24:7: func literal does not escape
./escape-closures--passing.go:28:13: ... argument does not escape
./escape-closures--passing.go:28:14: n escapes to heap
./escape-closures--passing.go:28:17: total escapes to heap
