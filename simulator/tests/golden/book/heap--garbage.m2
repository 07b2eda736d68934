./heap--garbage.go:11:13: new(block) escapes to heap in main:
./heap--garbage.go:11:13:   flow: {heap} ← &{storage for new(block)}:
./heap--garbage.go:11:13:     from new(block) (spill) at ./heap--garbage.go:11:13
./heap--garbage.go:11:13:     from last = new(block) (assign) at ./heap--garbage.go:11:8
./heap--garbage.go:13:17: 1024 escapes to heap in main:
./heap--garbage.go:13:17:   flow: {storage for ... argument} ← &{storage for 1024}:
./heap--garbage.go:13:17:     from 1024 (spill) at ./heap--garbage.go:13:17
./heap--garbage.go:13:17:     from ... argument (slice-literal-element) at ./heap--garbage.go:13:13
./heap--garbage.go:13:17:   flow: {heap} ← {storage for ... argument}:
./heap--garbage.go:13:17:     from ... argument (spill) at ./heap--garbage.go:13:13
./heap--garbage.go:13:17:     from fmt.Println(... argument...) (call parameter) at ./heap--garbage.go:13:13
./heap--garbage.go:11:13: new(block) escapes to heap
./heap--garbage.go:13:13: ... argument does not escape
./heap--garbage.go:13:17: 1024 escapes to heap
