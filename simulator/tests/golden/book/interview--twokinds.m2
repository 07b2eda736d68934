./interview--twokinds.go:8:2: p escapes to heap in byVar:
./interview--twokinds.go:8:2:   flow: ~r0 ← &p:
./interview--twokinds.go:8:2:     from &p (address-of) at ./interview--twokinds.go:9:9
./interview--twokinds.go:8:2:     from return &p (return) at ./interview--twokinds.go:9:2
./interview--twokinds.go:8:2: moved to heap: p
./interview--twokinds.go:13:9: &point{...} escapes to heap in byLit:
./interview--twokinds.go:13:9:   flow: ~r0 ← &{storage for &point{...}}:
./interview--twokinds.go:13:9:     from &point{...} (spill) at ./interview--twokinds.go:13:9
./interview--twokinds.go:13:9:     from return &point{...} (return) at ./interview--twokinds.go:13:2
./interview--twokinds.go:13:9: &point{...} escapes to heap
./interview--twokinds.go:17:24: byVar().x + byLit().y escapes to heap in main:
./interview--twokinds.go:17:24:   flow: {storage for ... argument} ← &{storage for byVar().x + byLit().y}:
./interview--twokinds.go:17:24:     from byVar().x + byLit().y (spill) at ./interview--twokinds.go:17:24
./interview--twokinds.go:17:24:     from ... argument (slice-literal-element) at ./interview--twokinds.go:17:13
./interview--twokinds.go:17:24:   flow: {heap} ← {storage for ... argument}:
./interview--twokinds.go:17:24:     from ... argument (spill) at ./interview--twokinds.go:17:13
./interview--twokinds.go:17:24:     from fmt.Println(... argument...) (call parameter) at ./interview--twokinds.go:17:13
./interview--twokinds.go:17:13: ... argument does not escape
./interview--twokinds.go:17:24: byVar().x + byLit().y escapes to heap
