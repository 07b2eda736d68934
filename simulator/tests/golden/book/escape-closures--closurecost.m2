./escape-closures--closurecost.go:10:2: Local capturing by value: x (addr=false assign=false width=8)
./escape-closures--closurecost.go:11:7: func literal does not escape
./escape-closures--closurecost.go:16:10: func literal escapes to heap in NoCapture:
./escape-closures--closurecost.go:16:10:   flow: {heap} ← &{storage for func literal}:
./escape-closures--closurecost.go:16:10:     from func literal (spill) at ./escape-closures--closurecost.go:16:10
./escape-closures--closurecost.go:16:10:     from sinkF = func literal (assign) at ./escape-closures--closurecost.go:16:8
./escape-closures--closurecost.go:16:10: func literal escapes to heap
./escape-closures--closurecost.go:21:10: func literal escapes to heap in ByValue:
./escape-closures--closurecost.go:21:10:   flow: {heap} ← &{storage for func literal}:
./escape-closures--closurecost.go:21:10:     from func literal (spill) at ./escape-closures--closurecost.go:21:10
./escape-closures--closurecost.go:21:10:     from sinkF = func literal (assign) at ./escape-closures--closurecost.go:21:8
./escape-closures--closurecost.go:20:2: ByValue capturing by value: x (addr=false assign=false width=8)
./escape-closures--closurecost.go:21:10: func literal escapes to heap
./escape-closures--closurecost.go:26:10: func literal escapes to heap in ByRef:
./escape-closures--closurecost.go:26:10:   flow: {heap} ← &{storage for func literal}:
./escape-closures--closurecost.go:26:10:     from func literal (spill) at ./escape-closures--closurecost.go:26:10
./escape-closures--closurecost.go:26:10:     from sinkF = func literal (assign) at ./escape-closures--closurecost.go:26:8
./escape-closures--closurecost.go:25:2: ByRef capturing by ref: x (addr=false assign=true width=8)
./escape-closures--closurecost.go:25:2: x escapes to heap in ByRef:
./escape-closures--closurecost.go:25:2:   flow: {storage for func literal} ← &x:
./escape-closures--closurecost.go:25:2:     from x (captured by a closure) at ./escape-closures--closurecost.go:26:23
./escape-closures--closurecost.go:25:2:     from x (reference) at ./escape-closures--closurecost.go:26:23
./escape-closures--closurecost.go:25:2: moved to heap: x
./escape-closures--closurecost.go:26:10: func literal escapes to heap
./escape-closures--closurecost.go:31:10: func literal escapes to heap in Array16:
./escape-closures--closurecost.go:31:10:   flow: {heap} ← &{storage for func literal}:
./escape-closures--closurecost.go:31:10:     from func literal (spill) at ./escape-closures--closurecost.go:31:10
./escape-closures--closurecost.go:31:10:     from sinkF = func literal (assign) at ./escape-closures--closurecost.go:31:8
./escape-closures--closurecost.go:30:6: Array16 capturing by value: a (addr=false assign=false width=128)
./escape-closures--closurecost.go:31:10: func literal escapes to heap
./escape-closures--closurecost.go:36:10: func literal escapes to heap in Array17:
./escape-closures--closurecost.go:36:10:   flow: {heap} ← &{storage for func literal}:
./escape-closures--closurecost.go:36:10:     from func literal (spill) at ./escape-closures--closurecost.go:36:10
./escape-closures--closurecost.go:36:10:     from sinkF = func literal (assign) at ./escape-closures--closurecost.go:36:8
./escape-closures--closurecost.go:35:6: Array17 capturing by ref: a (addr=false assign=false width=136)
./escape-closures--closurecost.go:35:6: a escapes to heap in Array17:
./escape-closures--closurecost.go:35:6:   flow: {storage for func literal} ← &a:
./escape-closures--closurecost.go:35:6:     from a (captured by a closure) at ./escape-closures--closurecost.go:36:30
./escape-closures--closurecost.go:35:6:     from a (reference) at ./escape-closures--closurecost.go:36:30
./escape-closures--closurecost.go:35:6: moved to heap: a
./escape-closures--closurecost.go:36:10: func literal escapes to heap
