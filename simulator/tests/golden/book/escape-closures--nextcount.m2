./escape-closures--nextcount.go:6:2: counter capturing by ref: n (addr=false assign=true width=8)
./escape-closures--nextcount.go:7:9: func literal escapes to heap in counter:
./escape-closures--nextcount.go:7:9:   flow: ~r0 ← &{storage for func literal}:
./escape-closures--nextcount.go:7:9:     from func literal (spill) at ./escape-closures--nextcount.go:7:9
./escape-closures--nextcount.go:7:9:     from return func literal (return) at ./escape-closures--nextcount.go:7:2
./escape-closures--nextcount.go:6:2: n escapes to heap in counter:
./escape-closures--nextcount.go:6:2:   flow: {storage for func literal} ← &n:
./escape-closures--nextcount.go:6:2:     from n (captured by a closure) at ./escape-closures--nextcount.go:8:3
./escape-closures--nextcount.go:6:2:     from n (reference) at ./escape-closures--nextcount.go:8:3
./escape-closures--nextcount.go:6:2: moved to heap: n
./escape-closures--nextcount.go:7:9: func literal escapes to heap
./escape-closures--nextcount.go:17:18: next() escapes to heap in main:
./escape-closures--nextcount.go:17:18:   flow: {storage for ... argument} ← &{storage for next()}:
./escape-closures--nextcount.go:17:18:     from next() (spill) at ./escape-closures--nextcount.go:17:18
./escape-closures--nextcount.go:17:18:     from ... argument (slice-literal-element) at ./escape-closures--nextcount.go:17:13
./escape-closures--nextcount.go:17:18:   flow: {heap} ← {storage for ... argument}:
./escape-closures--nextcount.go:17:18:     from ... argument (spill) at ./escape-closures--nextcount.go:17:13
./escape-closures--nextcount.go:17:18:     from fmt.Println(... argument...) (call parameter) at ./escape-closures--nextcount.go:17:13
./escape-closures--nextcount.go:17:13: ... argument does not escape
./escape-closures--nextcount.go:17:18: next() escapes to heap
