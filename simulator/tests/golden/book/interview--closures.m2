./interview--closures.go:6:2: counter capturing by ref: n (addr=false assign=true width=8)
./interview--closures.go:7:9: func literal escapes to heap in counter:
./interview--closures.go:7:9:   flow: ~r0 ← &{storage for func literal}:
./interview--closures.go:7:9:     from func literal (spill) at ./interview--closures.go:7:9
./interview--closures.go:7:9:     from return func literal (return) at ./interview--closures.go:7:2
./interview--closures.go:6:2: n escapes to heap in counter:
./interview--closures.go:6:2:   flow: {storage for func literal} ← &n:
./interview--closures.go:6:2:     from n (captured by a closure) at ./interview--closures.go:8:3
./interview--closures.go:6:2:     from n (reference) at ./interview--closures.go:8:3
./interview--closures.go:6:2: moved to heap: n
./interview--closures.go:7:9: func literal escapes to heap
./interview--closures.go:14:2: sumTo capturing by ref: total (addr=false assign=true width=8)
./interview--closures.go:15:9: func literal does not escape
./interview--closures.go:25:18: next() escapes to heap in main:
./interview--closures.go:25:18:   flow: {storage for ... argument} ← &{storage for next()}:
./interview--closures.go:25:18:     from next() (spill) at ./interview--closures.go:25:18
./interview--closures.go:25:18:     from ... argument (slice-literal-element) at ./interview--closures.go:25:13
./interview--closures.go:25:18:   flow: {heap} ← {storage for ... argument}:
./interview--closures.go:25:18:     from ... argument (spill) at ./interview--closures.go:25:13
./interview--closures.go:25:18:     from fmt.Println(... argument...) (call parameter) at ./interview--closures.go:25:13
./interview--closures.go:25:27: sumTo(4) escapes to heap in main:
./interview--closures.go:25:27:   flow: {storage for ... argument} ← &{storage for sumTo(4)}:
./interview--closures.go:25:27:     from sumTo(4) (spill) at ./interview--closures.go:25:27
./interview--closures.go:25:27:     from ... argument (slice-literal-element) at ./interview--closures.go:25:13
./interview--closures.go:25:27:   flow: {heap} ← {storage for ... argument}:
./interview--closures.go:25:27:     from ... argument (spill) at ./interview--closures.go:25:13
./interview--closures.go:25:27:     from fmt.Println(... argument...) (call parameter) at ./interview--closures.go:25:13
./interview--closures.go:25:13: ... argument does not escape
./interview--closures.go:25:18: next() escapes to heap
./interview--closures.go:25:27: sumTo(4) escapes to heap
