./interview--shrink.go:19:5: func literal escapes to heap in main:
./interview--shrink.go:19:5:   flow: {heap} ← &{storage for func literal}:
./interview--shrink.go:19:5:     from func literal (spill) at ./interview--shrink.go:19:5
./interview--shrink.go:18:2: main capturing by value: result (addr=false assign=false width=8)
./interview--shrink.go:18:10: main capturing by value: release (addr=false assign=false width=8)
./interview--shrink.go:23:14: <-result escapes to heap in main:
./interview--shrink.go:23:14:   flow: {storage for ... argument} ← &{storage for <-result}:
./interview--shrink.go:23:14:     from <-result (spill) at ./interview--shrink.go:23:14
./interview--shrink.go:23:14:     from ... argument (slice-literal-element) at ./interview--shrink.go:23:13
./interview--shrink.go:23:14:   flow: {heap} ← {storage for ... argument}:
./interview--shrink.go:23:14:     from ... argument (spill) at ./interview--shrink.go:23:13
./interview--shrink.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./interview--shrink.go:23:13
./interview--shrink.go:19:5: func literal escapes to heap
./interview--shrink.go:23:13: ... argument does not escape
./interview--shrink.go:23:14: <-result escapes to heap
