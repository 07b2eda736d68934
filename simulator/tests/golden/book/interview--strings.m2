./interview--strings.go:10:9: a + b does not escape
./interview--strings.go:15:11: a + b escapes to heap in ConcatKept:
./interview--strings.go:15:11:   flow: {heap} ← &{storage for a + b}:
./interview--strings.go:15:11:     from a + b (spill) at ./interview--strings.go:15:11
./interview--strings.go:15:11:     from sink = a + b (assign) at ./interview--strings.go:15:7
./interview--strings.go:15:11: a + b escapes to heap
./interview--strings.go:19:15: ([]byte)(a) does not escape
./interview--strings.go:19:15: zero-copy string->[]byte conversion
./interview--strings.go:27:14: sink escapes to heap in main:
./interview--strings.go:27:14:   flow: {storage for ... argument} ← &{storage for sink}:
./interview--strings.go:27:14:     from sink (spill) at ./interview--strings.go:27:14
./interview--strings.go:27:14:     from ... argument (slice-literal-element) at ./interview--strings.go:27:13
./interview--strings.go:27:14:   flow: {heap} ← {storage for ... argument}:
./interview--strings.go:27:14:     from ... argument (spill) at ./interview--strings.go:27:13
./interview--strings.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./interview--strings.go:27:13
./interview--strings.go:27:20: n escapes to heap in main:
./interview--strings.go:27:20:   flow: {storage for ... argument} ← &{storage for n}:
./interview--strings.go:27:20:     from n (spill) at ./interview--strings.go:27:20
./interview--strings.go:27:20:     from ... argument (slice-literal-element) at ./interview--strings.go:27:13
./interview--strings.go:27:20:   flow: {heap} ← {storage for ... argument}:
./interview--strings.go:27:20:     from ... argument (spill) at ./interview--strings.go:27:13
./interview--strings.go:27:20:     from fmt.Println(... argument...) (call parameter) at ./interview--strings.go:27:13
./interview--strings.go:27:13: ... argument does not escape
./interview--strings.go:27:14: sink escapes to heap
./interview--strings.go:27:20: n escapes to heap
