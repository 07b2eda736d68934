./interview--growth.go:10:13: append(s, i) escapes to heap in main:
./interview--growth.go:10:13:   flow: {heap} ← &{storage for append(s, i)}:
./interview--growth.go:10:13:     from append(s, i) (spill) at ./interview--growth.go:10:13
./interview--growth.go:10:13:     from s = append(s, i) (assign) at ./interview--growth.go:10:5
./interview--growth.go:13:14: last escapes to heap in main:
./interview--growth.go:13:14:   flow: {storage for ... argument} ← &{storage for last}:
./interview--growth.go:13:14:     from last (spill) at ./interview--growth.go:13:14
./interview--growth.go:13:14:     from ... argument (slice-literal-element) at ./interview--growth.go:13:13
./interview--growth.go:13:14:   flow: {heap} ← {storage for ... argument}:
./interview--growth.go:13:14:     from ... argument (spill) at ./interview--growth.go:13:13
./interview--growth.go:13:14:     from fmt.Print(... argument...) (call parameter) at ./interview--growth.go:13:13
./interview--growth.go:13:20: " " escapes to heap in main:
./interview--growth.go:13:20:   flow: {storage for ... argument} ← &{storage for " "}:
./interview--growth.go:13:20:     from " " (spill) at ./interview--growth.go:13:20
./interview--growth.go:13:20:     from ... argument (slice-literal-element) at ./interview--growth.go:13:13
./interview--growth.go:13:20:   flow: {heap} ← {storage for ... argument}:
./interview--growth.go:13:20:     from ... argument (spill) at ./interview--growth.go:13:13
./interview--growth.go:13:20:     from fmt.Print(... argument...) (call parameter) at ./interview--growth.go:13:13
./interview--growth.go:10:13: append escapes to heap
./interview--growth.go:13:13: ... argument does not escape
./interview--growth.go:13:14: last escapes to heap
./interview--growth.go:13:20: " " escapes to heap
