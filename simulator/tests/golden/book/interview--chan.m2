./interview--chan.go:15:14: got escapes to heap in main:
./interview--chan.go:15:14:   flow: {storage for ... argument} ← &{storage for got}:
./interview--chan.go:15:14:     from got (spill) at ./interview--chan.go:15:14
./interview--chan.go:15:14:     from ... argument (slice-literal-element) at ./interview--chan.go:15:13
./interview--chan.go:15:14:   flow: {heap} ← {storage for ... argument}:
./interview--chan.go:15:14:     from ... argument (spill) at ./interview--chan.go:15:13
./interview--chan.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./interview--chan.go:15:13
./interview--chan.go:15:13: ... argument does not escape
./interview--chan.go:15:14: got escapes to heap
