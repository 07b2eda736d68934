./interview--ctor.go:8:9: &counter{} escapes to heap in newCounter:
./interview--ctor.go:8:9:   flow: ~r0 ← &{storage for &counter{}}:
./interview--ctor.go:8:9:     from &counter{} (spill) at ./interview--ctor.go:8:9
./interview--ctor.go:8:9:     from return &counter{} (return) at ./interview--ctor.go:8:2
./interview--ctor.go:8:9: &counter{} escapes to heap
./interview--ctor.go:25:18: sink.n escapes to heap in main:
./interview--ctor.go:25:18:   flow: {storage for ... argument} ← &{storage for sink.n}:
./interview--ctor.go:25:18:     from sink.n (spill) at ./interview--ctor.go:25:18
./interview--ctor.go:25:18:     from ... argument (slice-literal-element) at ./interview--ctor.go:25:13
./interview--ctor.go:25:18:   flow: {heap} ← {storage for ... argument}:
./interview--ctor.go:25:18:     from ... argument (spill) at ./interview--ctor.go:25:13
./interview--ctor.go:25:18:     from fmt.Println(... argument...) (call parameter) at ./interview--ctor.go:25:13
./interview--ctor.go:25:13: ... argument does not escape
./interview--ctor.go:25:18: sink.n escapes to heap
