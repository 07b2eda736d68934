./escape-closures--loopvar.go:8:19: func literal escapes to heap in makeFuncs:
./escape-closures--loopvar.go:8:19:   flow: {heap} ← &{storage for func literal}:
./escape-closures--loopvar.go:8:19:     from func literal (spill) at ./escape-closures--loopvar.go:8:19
./escape-closures--loopvar.go:8:19:     from append(fs, func literal) (call parameter) at ./escape-closures--loopvar.go:8:14
./escape-closures--loopvar.go:7:6: makeFuncs capturing by value: i (addr=false assign=false width=8)
./escape-closures--loopvar.go:8:14: append(fs, func literal) escapes to heap in makeFuncs:
./escape-closures--loopvar.go:8:14:   flow: fs ← &{storage for append(fs, func literal)}:
./escape-closures--loopvar.go:8:14:     from append(fs, func literal) (spill) at ./escape-closures--loopvar.go:8:14
./escape-closures--loopvar.go:8:14:     from fs = append(fs, func literal) (assign) at ./escape-closures--loopvar.go:8:6
./escape-closures--loopvar.go:8:14:   flow: ~r0 ← fs:
./escape-closures--loopvar.go:8:14:     from return fs (return) at ./escape-closures--loopvar.go:10:2
./escape-closures--loopvar.go:8:19: func literal escapes to heap
./escape-closures--loopvar.go:8:14: append escapes to heap
./escape-closures--loopvar.go:15:16: f() escapes to heap in main:
./escape-closures--loopvar.go:15:16:   flow: {storage for ... argument} ← &{storage for f()}:
./escape-closures--loopvar.go:15:16:     from f() (spill) at ./escape-closures--loopvar.go:15:16
./escape-closures--loopvar.go:15:16:     from ... argument (slice-literal-element) at ./escape-closures--loopvar.go:15:14
./escape-closures--loopvar.go:15:16:   flow: {heap} ← {storage for ... argument}:
./escape-closures--loopvar.go:15:16:     from ... argument (spill) at ./escape-closures--loopvar.go:15:14
./escape-closures--loopvar.go:15:16:     from fmt.Println(... argument...) (call parameter) at ./escape-closures--loopvar.go:15:14
./escape-closures--loopvar.go:15:14: ... argument does not escape
./escape-closures--loopvar.go:15:16: f() escapes to heap
