./escape-containers--slices.go:8:11: make([]int, 10) does not escape
./escape-containers--slices.go:12:12: []int{...} does not escape
./escape-containers--slices.go:17:13: make([]int, 10) escapes to heap in fresh:
./escape-containers--slices.go:17:13:   flow: ~r0 ← &{storage for make([]int, 10)}:
./escape-containers--slices.go:17:13:     from make([]int, 10) (spill) at ./escape-containers--slices.go:17:13
./escape-containers--slices.go:17:13:     from return make([]int, 10) (return) at ./escape-containers--slices.go:17:2
./escape-containers--slices.go:17:13: make([]int, 10) escapes to heap
./escape-containers--slices.go:21:15: []int{...} escapes to heap in keep:
./escape-containers--slices.go:21:15:   flow: {heap} ← &{storage for []int{...}}:
./escape-containers--slices.go:21:15:     from []int{...} (spill) at ./escape-containers--slices.go:21:15
./escape-containers--slices.go:21:15:     from saved = []int{...} (assign) at ./escape-containers--slices.go:21:8
./escape-containers--slices.go:21:15: []int{...} escapes to heap
./escape-containers--slices.go:26:17: sum() escapes to heap in main:
./escape-containers--slices.go:26:17:   flow: {storage for ... argument} ← &{storage for sum()}:
./escape-containers--slices.go:26:17:     from sum() (spill) at ./escape-containers--slices.go:26:17
./escape-containers--slices.go:26:17:     from ... argument (slice-literal-element) at ./escape-containers--slices.go:26:13
./escape-containers--slices.go:26:17:   flow: {heap} ← {storage for ... argument}:
./escape-containers--slices.go:26:17:     from ... argument (spill) at ./escape-containers--slices.go:26:13
./escape-containers--slices.go:26:17:     from fmt.Println(... argument...) (call parameter) at ./escape-containers--slices.go:26:13
./escape-containers--slices.go:26:24: len(fresh()) escapes to heap in main:
./escape-containers--slices.go:26:24:   flow: {storage for ... argument} ← &{storage for len(fresh())}:
./escape-containers--slices.go:26:24:     from len(fresh()) (spill) at ./escape-containers--slices.go:26:24
./escape-containers--slices.go:26:24:     from ... argument (slice-literal-element) at ./escape-containers--slices.go:26:13
./escape-containers--slices.go:26:24:   flow: {heap} ← {storage for ... argument}:
./escape-containers--slices.go:26:24:     from ... argument (spill) at ./escape-containers--slices.go:26:13
./escape-containers--slices.go:26:24:     from fmt.Println(... argument...) (call parameter) at ./escape-containers--slices.go:26:13
./escape-containers--slices.go:26:35: saved escapes to heap in main:
./escape-containers--slices.go:26:35:   flow: {storage for ... argument} ← &{storage for saved}:
./escape-containers--slices.go:26:35:     from saved (spill) at ./escape-containers--slices.go:26:35
./escape-containers--slices.go:26:35:     from ... argument (slice-literal-element) at ./escape-containers--slices.go:26:13
./escape-containers--slices.go:26:35:   flow: {heap} ← {storage for ... argument}:
./escape-containers--slices.go:26:35:     from ... argument (spill) at ./escape-containers--slices.go:26:13
./escape-containers--slices.go:26:35:     from fmt.Println(... argument...) (call parameter) at ./escape-containers--slices.go:26:13
./escape-containers--slices.go:26:13: ... argument does not escape
./escape-containers--slices.go:26:17: sum() escapes to heap
./escape-containers--slices.go:26:24: len(fresh()) escapes to heap
./escape-containers--slices.go:26:35: saved escapes to heap
