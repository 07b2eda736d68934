./interview--capture.go:8:5: func literal escapes to heap in main:
./interview--capture.go:8:5:   flow: {heap} ← &{storage for func literal}:
./interview--capture.go:8:5:     from func literal (spill) at ./interview--capture.go:8:5
./interview--capture.go:7:5: main capturing by ref: b (addr=false assign=true width=8)
./interview--capture.go:7:5: b escapes to heap in main:
./interview--capture.go:7:5:   flow: {storage for func literal} ← &b:
./interview--capture.go:7:5:     from b (captured by a closure) at ./interview--capture.go:9:3
./interview--capture.go:7:5:     from b (reference) at ./interview--capture.go:9:3
./interview--capture.go:7:2: main capturing by value: a (addr=false assign=false width=8)
./interview--capture.go:6:2: main capturing by value: done (addr=false assign=false width=8)
./interview--capture.go:13:14: b escapes to heap in main:
./interview--capture.go:13:14:   flow: {storage for ... argument} ← &{storage for b}:
./interview--capture.go:13:14:     from b (spill) at ./interview--capture.go:13:14
./interview--capture.go:13:14:     from ... argument (slice-literal-element) at ./interview--capture.go:13:13
./interview--capture.go:13:14:   flow: {heap} ← {storage for ... argument}:
./interview--capture.go:13:14:     from ... argument (spill) at ./interview--capture.go:13:13
./interview--capture.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./interview--capture.go:13:13
./interview--capture.go:7:5: moved to heap: b
./interview--capture.go:8:5: func literal escapes to heap
./interview--capture.go:13:13: ... argument does not escape
./interview--capture.go:13:14: b escapes to heap
