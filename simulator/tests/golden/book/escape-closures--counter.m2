./escape-closures--counter.go:7:9: func literal escapes to heap in setHook:
./escape-closures--counter.go:7:9:   flow: {heap} ← &{storage for func literal}:
./escape-closures--counter.go:7:9:     from func literal (spill) at ./escape-closures--counter.go:7:9
./escape-closures--counter.go:7:9:     from hook = func literal (assign) at ./escape-closures--counter.go:7:7
./escape-closures--counter.go:6:2: setHook capturing by value: v (addr=false assign=false width=8)
./escape-closures--counter.go:7:9: func literal escapes to heap
./escape-closures--counter.go:11:2: counter capturing by ref: c (addr=false assign=true width=8)
./escape-closures--counter.go:12:9: func literal escapes to heap in counter:
./escape-closures--counter.go:12:9:   flow: ~r0 ← &{storage for func literal}:
./escape-closures--counter.go:12:9:     from func literal (spill) at ./escape-closures--counter.go:12:9
./escape-closures--counter.go:12:9:     from return func literal (return) at ./escape-closures--counter.go:12:2
./escape-closures--counter.go:11:2: c escapes to heap in counter:
./escape-closures--counter.go:11:2:   flow: {storage for func literal} ← &c:
./escape-closures--counter.go:11:2:     from c (captured by a closure) at ./escape-closures--counter.go:13:3
./escape-closures--counter.go:11:2:     from c (reference) at ./escape-closures--counter.go:13:3
./escape-closures--counter.go:11:2: moved to heap: c
./escape-closures--counter.go:12:9: func literal escapes to heap
./escape-closures--counter.go:19:2: twice capturing by value: z (addr=false assign=false width=8)
./escape-closures--counter.go:20:9: func literal does not escape
