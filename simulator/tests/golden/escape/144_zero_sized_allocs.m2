./144_zero_sized_allocs.go:13:11: make([]struct {}, n) escapes to heap in zeros:
./144_zero_sized_allocs.go:13:11:   flow: {heap} ← &{storage for make([]struct {}, n)}:
./144_zero_sized_allocs.go:13:11:     from make([]struct {}, n) (zero-sized element) at ./144_zero_sized_allocs.go:13:11
./144_zero_sized_allocs.go:14:11: make([]Empty, 0) escapes to heap in zeros:
./144_zero_sized_allocs.go:14:11:   flow: {heap} ← &{storage for make([]Empty, 0)}:
./144_zero_sized_allocs.go:14:11:     from make([]Empty, 0) (zero-sized element) at ./144_zero_sized_allocs.go:14:11
./144_zero_sized_allocs.go:15:11: make([][0]int, 1, 4) escapes to heap in zeros:
./144_zero_sized_allocs.go:15:11:   flow: {heap} ← &{storage for make([][0]int, 1, 4)}:
./144_zero_sized_allocs.go:15:11:     from make([][0]int, 1, 4) (zero-sized element) at ./144_zero_sized_allocs.go:15:11
./144_zero_sized_allocs.go:11:10: new(struct {}) does not escape
./144_zero_sized_allocs.go:12:7: &Empty{} does not escape
./144_zero_sized_allocs.go:13:11: make([]struct {}, n) escapes to heap
./144_zero_sized_allocs.go:14:11: make([]Empty, 0) escapes to heap
./144_zero_sized_allocs.go:15:11: make([][0]int, 1, 4) escapes to heap
./144_zero_sized_allocs.go:16:14: []Empty{...} does not escape
./144_zero_sized_allocs.go:17:13: make(map[string]struct {}) does not escape
./144_zero_sized_allocs.go:25:19: zeros(3) escapes to heap in main:
./144_zero_sized_allocs.go:25:19:   flow: {storage for ... argument} ← &{storage for zeros(3)}:
./144_zero_sized_allocs.go:25:19:     from zeros(3) (spill) at ./144_zero_sized_allocs.go:25:19
./144_zero_sized_allocs.go:25:19:     from ... argument (slice-literal-element) at ./144_zero_sized_allocs.go:25:13
./144_zero_sized_allocs.go:25:19:   flow: {heap} ← {storage for ... argument}:
./144_zero_sized_allocs.go:25:19:     from ... argument (spill) at ./144_zero_sized_allocs.go:25:13
./144_zero_sized_allocs.go:25:19:     from fmt.Println(... argument...) (call parameter) at ./144_zero_sized_allocs.go:25:13
./144_zero_sized_allocs.go:25:13: ... argument does not escape
./144_zero_sized_allocs.go:25:19: zeros(3) escapes to heap
