./interview--byvalue.go:12:9: &config{...} escapes to heap in newConfig:
./interview--byvalue.go:12:9:   flow: ~r0 ← &{storage for &config{...}}:
./interview--byvalue.go:12:9:     from &config{...} (spill) at ./interview--byvalue.go:12:9
./interview--byvalue.go:12:9:     from return &config{...} (return) at ./interview--byvalue.go:12:2
./interview--byvalue.go:12:9: &config{...} escapes to heap
./interview--byvalue.go:34:14: total escapes to heap in main:
./interview--byvalue.go:34:14:   flow: {storage for ... argument} ← &{storage for total}:
./interview--byvalue.go:34:14:     from total (spill) at ./interview--byvalue.go:34:14
./interview--byvalue.go:34:14:     from ... argument (slice-literal-element) at ./interview--byvalue.go:34:13
./interview--byvalue.go:34:14:   flow: {heap} ← {storage for ... argument}:
./interview--byvalue.go:34:14:     from ... argument (spill) at ./interview--byvalue.go:34:13
./interview--byvalue.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./interview--byvalue.go:34:13
./interview--byvalue.go:34:13: ... argument does not escape
./interview--byvalue.go:34:14: total escapes to heap
