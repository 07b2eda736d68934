./interview--cost.go:11:7: &vec{...} does not escape
./interview--cost.go:16:7: &vec{...} escapes to heap in OnHeap:
./interview--cost.go:16:7:   flow: v ← &{storage for &vec{...}}:
./interview--cost.go:16:7:     from &vec{...} (spill) at ./interview--cost.go:16:7
./interview--cost.go:16:7:     from v := &vec{...} (assign) at ./interview--cost.go:16:4
./interview--cost.go:16:7:   flow: {heap} ← v:
./interview--cost.go:16:7:     from sink = v (assign) at ./interview--cost.go:17:7
./interview--cost.go:16:7: &vec{...} escapes to heap
./interview--cost.go:23:14: total escapes to heap in main:
./interview--cost.go:23:14:   flow: {storage for ... argument} ← &{storage for total}:
./interview--cost.go:23:14:     from total (spill) at ./interview--cost.go:23:14
./interview--cost.go:23:14:     from ... argument (slice-literal-element) at ./interview--cost.go:23:13
./interview--cost.go:23:14:   flow: {heap} ← {storage for ... argument}:
./interview--cost.go:23:14:     from ... argument (spill) at ./interview--cost.go:23:13
./interview--cost.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./interview--cost.go:23:13
./interview--cost.go:23:25: sink.z escapes to heap in main:
./interview--cost.go:23:25:   flow: {storage for ... argument} ← &{storage for sink.z}:
./interview--cost.go:23:25:     from sink.z (spill) at ./interview--cost.go:23:25
./interview--cost.go:23:25:     from ... argument (slice-literal-element) at ./interview--cost.go:23:13
./interview--cost.go:23:25:   flow: {heap} ← {storage for ... argument}:
./interview--cost.go:23:25:     from ... argument (spill) at ./interview--cost.go:23:13
./interview--cost.go:23:25:     from fmt.Println(... argument...) (call parameter) at ./interview--cost.go:23:13
./interview--cost.go:23:13: ... argument does not escape
./interview--cost.go:23:14: total escapes to heap
./interview--cost.go:23:25: sink.z escapes to heap
