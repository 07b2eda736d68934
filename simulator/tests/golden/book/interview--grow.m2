./interview--grow.go:16:5: func literal escapes to heap in main:
./interview--grow.go:16:5:   flow: {heap} ← &{storage for func literal}:
./interview--grow.go:16:5:     from func literal (spill) at ./interview--grow.go:16:5
./interview--grow.go:15:2: main capturing by value: done (addr=false assign=false width=8)
./interview--grow.go:19:14: <-done escapes to heap in main:
./interview--grow.go:19:14:   flow: {storage for ... argument} ← &{storage for <-done}:
./interview--grow.go:19:14:     from <-done (spill) at ./interview--grow.go:19:14
./interview--grow.go:19:14:     from ... argument (slice-literal-element) at ./interview--grow.go:19:13
./interview--grow.go:19:14:   flow: {heap} ← {storage for ... argument}:
./interview--grow.go:19:14:     from ... argument (spill) at ./interview--grow.go:19:13
./interview--grow.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./interview--grow.go:19:13
./interview--grow.go:16:5: func literal escapes to heap
./interview--grow.go:19:13: ... argument does not escape
./interview--grow.go:19:14: <-done escapes to heap
