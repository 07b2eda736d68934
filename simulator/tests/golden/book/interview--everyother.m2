./interview--everyother.go:11:13: new(int) escapes to heap in EveryOther:
./interview--everyother.go:11:13:   flow: {heap} ← &{storage for new(int)}:
./interview--everyother.go:11:13:     from new(int) (spill) at ./interview--everyother.go:11:13
./interview--everyother.go:11:13:     from sink = new(int) (assign) at ./interview--everyother.go:11:8
./interview--everyother.go:11:13: new(int) escapes to heap
./interview--everyother.go:18:14: *sink escapes to heap in main:
./interview--everyother.go:18:14:   flow: {storage for ... argument} ← &{storage for *sink}:
./interview--everyother.go:18:14:     from *sink (spill) at ./interview--everyother.go:18:14
./interview--everyother.go:18:14:     from ... argument (slice-literal-element) at ./interview--everyother.go:18:13
./interview--everyother.go:18:14:   flow: {heap} ← {storage for ... argument}:
./interview--everyother.go:18:14:     from ... argument (spill) at ./interview--everyother.go:18:13
./interview--everyother.go:18:14:     from fmt.Println(... argument...) (call parameter) at ./interview--everyother.go:18:13
./interview--everyother.go:18:13: ... argument does not escape
./interview--everyother.go:18:14: *sink escapes to heap
