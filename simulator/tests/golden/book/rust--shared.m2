./rust--shared.go:8:5: func literal escapes to heap in main:
./rust--shared.go:8:5:   flow: {heap} ← &{storage for func literal}:
./rust--shared.go:8:5:     from func literal (spill) at ./rust--shared.go:8:5
./rust--shared.go:7:2: main capturing by ref: count (addr=false assign=true width=8)
./rust--shared.go:7:2: count escapes to heap in main:
./rust--shared.go:7:2:   flow: {storage for func literal} ← &count:
./rust--shared.go:7:2:     from count (captured by a closure) at ./rust--shared.go:9:3
./rust--shared.go:7:2:     from count (reference) at ./rust--shared.go:9:3
./rust--shared.go:6:2: main capturing by value: done (addr=false assign=false width=8)
./rust--shared.go:13:14: count escapes to heap in main:
./rust--shared.go:13:14:   flow: {storage for ... argument} ← &{storage for count}:
./rust--shared.go:13:14:     from count (spill) at ./rust--shared.go:13:14
./rust--shared.go:13:14:     from ... argument (slice-literal-element) at ./rust--shared.go:13:13
./rust--shared.go:13:14:   flow: {heap} ← {storage for ... argument}:
./rust--shared.go:13:14:     from ... argument (spill) at ./rust--shared.go:13:13
./rust--shared.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./rust--shared.go:13:13
./rust--shared.go:7:2: moved to heap: count
./rust--shared.go:8:5: func literal escapes to heap
./rust--shared.go:13:13: ... argument does not escape
./rust--shared.go:13:14: count escapes to heap
