./escape-containers--grow.go:8:13: append(s, i) escapes to heap in build:
./escape-containers--grow.go:8:13:   flow: s ← &{storage for append(s, i)}:
./escape-containers--grow.go:8:13:     from append(s, i) (spill) at ./escape-containers--grow.go:8:13
./escape-containers--grow.go:8:13:     from s = append(s, i) (assign) at ./escape-containers--grow.go:8:5
./escape-containers--grow.go:8:13:   flow: ~r0 ← s:
./escape-containers--grow.go:8:13:     from return s (return) at ./escape-containers--grow.go:10:2
./escape-containers--grow.go:8:13: append escapes to heap
./escape-containers--grow.go:15:17: len(s) escapes to heap in main:
./escape-containers--grow.go:15:17:   flow: {storage for ... argument} ← &{storage for len(s)}:
./escape-containers--grow.go:15:17:     from len(s) (spill) at ./escape-containers--grow.go:15:17
./escape-containers--grow.go:15:17:     from ... argument (slice-literal-element) at ./escape-containers--grow.go:15:13
./escape-containers--grow.go:15:17:   flow: {heap} ← {storage for ... argument}:
./escape-containers--grow.go:15:17:     from ... argument (spill) at ./escape-containers--grow.go:15:13
./escape-containers--grow.go:15:17:     from fmt.Println(... argument...) (call parameter) at ./escape-containers--grow.go:15:13
./escape-containers--grow.go:15:25: cap(s) escapes to heap in main:
./escape-containers--grow.go:15:25:   flow: {storage for ... argument} ← &{storage for cap(s)}:
./escape-containers--grow.go:15:25:     from cap(s) (spill) at ./escape-containers--grow.go:15:25
./escape-containers--grow.go:15:25:     from ... argument (slice-literal-element) at ./escape-containers--grow.go:15:13
./escape-containers--grow.go:15:25:   flow: {heap} ← {storage for ... argument}:
./escape-containers--grow.go:15:25:     from ... argument (spill) at ./escape-containers--grow.go:15:13
./escape-containers--grow.go:15:25:     from fmt.Println(... argument...) (call parameter) at ./escape-containers--grow.go:15:13
./escape-containers--grow.go:15:13: ... argument does not escape
./escape-containers--grow.go:15:17: len(s) escapes to heap
./escape-containers--grow.go:15:25: cap(s) escapes to heap
