./escape-closures--loopref.go:10:22: func literal escapes to heap in before:
./escape-closures--loopref.go:10:22:   flow: {heap} ← &{storage for func literal}:
./escape-closures--loopref.go:10:22:     from func literal (spill) at ./escape-closures--loopref.go:10:22
./escape-closures--loopref.go:10:22:     from append(keep, func literal) (call parameter) at ./escape-closures--loopref.go:10:15
./escape-closures--loopref.go:10:15: append(keep, func literal) escapes to heap in before:
./escape-closures--loopref.go:10:15:   flow: {heap} ← &{storage for append(keep, func literal)}:
./escape-closures--loopref.go:10:15:     from append(keep, func literal) (spill) at ./escape-closures--loopref.go:10:15
./escape-closures--loopref.go:10:15:     from keep = append(keep, func literal) (assign) at ./escape-closures--loopref.go:10:7
./escape-closures--loopref.go:8:2: before capturing by value: a (addr=false assign=false width=8)
./escape-closures--loopref.go:10:22: func literal escapes to heap
./escape-closures--loopref.go:10:15: append escapes to heap
./escape-closures--loopref.go:15:22: func literal escapes to heap in after:
./escape-closures--loopref.go:15:22:   flow: {heap} ← &{storage for func literal}:
./escape-closures--loopref.go:15:22:     from func literal (spill) at ./escape-closures--loopref.go:15:22
./escape-closures--loopref.go:15:22:     from append(keep, func literal) (call parameter) at ./escape-closures--loopref.go:15:15
./escape-closures--loopref.go:15:15: append(keep, func literal) escapes to heap in after:
./escape-closures--loopref.go:15:15:   flow: {heap} ← &{storage for append(keep, func literal)}:
./escape-closures--loopref.go:15:15:     from append(keep, func literal) (spill) at ./escape-closures--loopref.go:15:15
./escape-closures--loopref.go:15:15:     from keep = append(keep, func literal) (assign) at ./escape-closures--loopref.go:15:7
./escape-closures--loopref.go:14:2: after capturing by ref: b (addr=false assign=true width=8)
./escape-closures--loopref.go:14:2: b escapes to heap in after:
./escape-closures--loopref.go:14:2:   flow: {storage for func literal} ← &b:
./escape-closures--loopref.go:14:2:     from b (captured by a closure) at ./escape-closures--loopref.go:15:42
./escape-closures--loopref.go:14:2:     from b (reference) at ./escape-closures--loopref.go:15:42
./escape-closures--loopref.go:14:2: moved to heap: b
./escape-closures--loopref.go:15:22: func literal escapes to heap
./escape-closures--loopref.go:15:15: append escapes to heap
./escape-closures--loopref.go:23:23: func literal escapes to heap in inLoop:
./escape-closures--loopref.go:23:23:   flow: {heap} ← &{storage for func literal}:
./escape-closures--loopref.go:23:23:     from func literal (spill) at ./escape-closures--loopref.go:23:23
./escape-closures--loopref.go:23:23:     from append(keep, func literal) (call parameter) at ./escape-closures--loopref.go:23:16
./escape-closures--loopref.go:23:16: append(keep, func literal) escapes to heap in inLoop:
./escape-closures--loopref.go:23:16:   flow: {heap} ← &{storage for append(keep, func literal)}:
./escape-closures--loopref.go:23:16:     from append(keep, func literal) (spill) at ./escape-closures--loopref.go:23:16
./escape-closures--loopref.go:23:16:     from keep = append(keep, func literal) (assign) at ./escape-closures--loopref.go:23:8
./escape-closures--loopref.go:20:2: inLoop capturing by ref: d (addr=false assign=true width=8)
./escape-closures--loopref.go:20:2: d escapes to heap in inLoop:
./escape-closures--loopref.go:20:2:   flow: {storage for func literal} ← &d:
./escape-closures--loopref.go:20:2:     from d (captured by a closure) at ./escape-closures--loopref.go:23:43
./escape-closures--loopref.go:20:2:     from d (reference) at ./escape-closures--loopref.go:23:43
./escape-closures--loopref.go:20:2: moved to heap: d
./escape-closures--loopref.go:23:23: func literal escapes to heap
./escape-closures--loopref.go:23:16: append escapes to heap
./escape-closures--loopref.go:32:16: f() escapes to heap in main:
./escape-closures--loopref.go:32:16:   flow: {storage for ... argument} ← &{storage for f()}:
./escape-closures--loopref.go:32:16:     from f() (spill) at ./escape-closures--loopref.go:32:16
./escape-closures--loopref.go:32:16:     from ... argument (slice-literal-element) at ./escape-closures--loopref.go:32:14
./escape-closures--loopref.go:32:16:   flow: {heap} ← {storage for ... argument}:
./escape-closures--loopref.go:32:16:     from ... argument (spill) at ./escape-closures--loopref.go:32:14
./escape-closures--loopref.go:32:16:     from fmt.Println(... argument...) (call parameter) at ./escape-closures--loopref.go:32:14
./escape-closures--loopref.go:32:14: ... argument does not escape
./escape-closures--loopref.go:32:16: f() escapes to heap
