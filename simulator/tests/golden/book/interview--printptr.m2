./interview--printptr.go:8:2: p escapes to heap in main:
./interview--printptr.go:8:2:   flow: {storage for ... argument} ← &p:
./interview--printptr.go:8:2:     from &p (address-of) at ./interview--printptr.go:9:14
./interview--printptr.go:8:2:     from &p (interface-converted) at ./interview--printptr.go:9:14
./interview--printptr.go:8:2:     from ... argument (slice-literal-element) at ./interview--printptr.go:9:13
./interview--printptr.go:8:2:   flow: {heap} ← {storage for ... argument}:
./interview--printptr.go:8:2:     from ... argument (spill) at ./interview--printptr.go:9:13
./interview--printptr.go:8:2:     from fmt.Println(... argument...) (call parameter) at ./interview--printptr.go:9:13
./interview--printptr.go:11:15: q.x escapes to heap in main:
./interview--printptr.go:11:15:   flow: {storage for ... argument} ← &{storage for q.x}:
./interview--printptr.go:11:15:     from q.x (spill) at ./interview--printptr.go:11:15
./interview--printptr.go:11:15:     from ... argument (slice-literal-element) at ./interview--printptr.go:11:13
./interview--printptr.go:11:15:   flow: {heap} ← {storage for ... argument}:
./interview--printptr.go:11:15:     from ... argument (spill) at ./interview--printptr.go:11:13
./interview--printptr.go:11:15:     from fmt.Println(... argument...) (call parameter) at ./interview--printptr.go:11:13
./interview--printptr.go:11:20: q.y escapes to heap in main:
./interview--printptr.go:11:20:   flow: {storage for ... argument} ← &{storage for q.y}:
./interview--printptr.go:11:20:     from q.y (spill) at ./interview--printptr.go:11:20
./interview--printptr.go:11:20:     from ... argument (slice-literal-element) at ./interview--printptr.go:11:13
./interview--printptr.go:11:20:   flow: {heap} ← {storage for ... argument}:
./interview--printptr.go:11:20:     from ... argument (spill) at ./interview--printptr.go:11:13
./interview--printptr.go:11:20:     from fmt.Println(... argument...) (call parameter) at ./interview--printptr.go:11:13
./interview--printptr.go:8:2: moved to heap: p
./interview--printptr.go:9:13: ... argument does not escape
./interview--printptr.go:11:13: ... argument does not escape
./interview--printptr.go:11:15: q.x escapes to heap
./interview--printptr.go:11:20: q.y escapes to heap
