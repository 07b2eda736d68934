./interview--defer.go:8:2: Once capturing by value: n (addr=false assign=false width=8)
./interview--defer.go:9:8: func literal does not escape
./interview--defer.go:14:9: func literal escapes to heap in InLoop:
./interview--defer.go:14:9:   flow: {heap} ← &{storage for func literal}:
./interview--defer.go:14:9:     from func literal (spill) at ./interview--defer.go:14:9
./interview--defer.go:13:6: InLoop capturing by value: i (addr=false assign=false width=8)
./interview--defer.go:14:9: func literal escapes to heap
./interview--defer.go:21:14: total escapes to heap in main:
./interview--defer.go:21:14:   flow: {storage for ... argument} ← &{storage for total}:
./interview--defer.go:21:14:     from total (spill) at ./interview--defer.go:21:14
./interview--defer.go:21:14:     from ... argument (slice-literal-element) at ./interview--defer.go:21:13
./interview--defer.go:21:14:   flow: {heap} ← {storage for ... argument}:
./interview--defer.go:21:14:     from ... argument (spill) at ./interview--defer.go:21:13
./interview--defer.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./interview--defer.go:21:13
./interview--defer.go:21:13: ... argument does not escape
./interview--defer.go:21:14: total escapes to heap
