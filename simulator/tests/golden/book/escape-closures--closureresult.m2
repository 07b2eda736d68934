./escape-closures--closureresult.go:6:6: direct capturing by ref: u (addr=true assign=false width=8)
./escape-closures--closureresult.go:7:8: func literal does not escape
./escape-closures--closureresult.go:13:6: lost capturing by ref: w (addr=true assign=false width=8)
./escape-closures--closureresult.go:14:8: func literal escapes to heap in lost:
./escape-closures--closureresult.go:14:8:   flow: fn ← &{storage for func literal}:
./escape-closures--closureresult.go:14:8:     from func literal (spill) at ./escape-closures--closureresult.go:14:8
./escape-closures--closureresult.go:14:8:     from fn := func literal (assign) at ./escape-closures--closureresult.go:14:5
./escape-closures--closureresult.go:14:8:   flow: {heap} ← fn:
./escape-closures--closureresult.go:14:8:     from keep = fn (assign) at ./escape-closures--closureresult.go:15:7
./escape-closures--closureresult.go:13:6: w escapes to heap in lost:
./escape-closures--closureresult.go:13:6:   flow: {storage for func literal} ← &w:
./escape-closures--closureresult.go:13:6:     from w (captured by a closure) at ./escape-closures--closureresult.go:14:30
./escape-closures--closureresult.go:13:6:     from w (reference) at ./escape-closures--closureresult.go:14:30
./escape-closures--closureresult.go:13:6: moved to heap: w
./escape-closures--closureresult.go:14:8: func literal escapes to heap
