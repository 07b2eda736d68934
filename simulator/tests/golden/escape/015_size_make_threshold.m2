./015_size_make_threshold.go:12:12: make([]int64, 8193) escapes to heap in makes:
./015_size_make_threshold.go:12:12:   flow: {heap} ← &{storage for make([]int64, 8193)}:
./015_size_make_threshold.go:12:12:     from make([]int64, 8193) (too large for stack) at ./015_size_make_threshold.go:12:12
./015_size_make_threshold.go:14:12: make([]int32, 16385) escapes to heap in makes:
./015_size_make_threshold.go:14:12:   flow: {heap} ← &{storage for make([]int32, 16385)}:
./015_size_make_threshold.go:14:12:     from make([]int32, 16385) (too large for stack) at ./015_size_make_threshold.go:14:12
./015_size_make_threshold.go:16:12: make([]Triple, 2731) escapes to heap in makes:
./015_size_make_threshold.go:16:12:   flow: {heap} ← &{storage for make([]Triple, 2731)}:
./015_size_make_threshold.go:16:12:     from make([]Triple, 2731) (too large for stack) at ./015_size_make_threshold.go:16:12
./015_size_make_threshold.go:18:12: make([][3]byte, 21846) escapes to heap in makes:
./015_size_make_threshold.go:18:12:   flow: {heap} ← &{storage for make([][3]byte, 21846)}:
./015_size_make_threshold.go:18:12:     from make([][3]byte, 21846) (too large for stack) at ./015_size_make_threshold.go:18:12
./015_size_make_threshold.go:20:13: make([]byte, 10, 65537) escapes to heap in makes:
./015_size_make_threshold.go:20:13:   flow: {heap} ← &{storage for make([]byte, 10, 65537)}:
./015_size_make_threshold.go:20:13:     from make([]byte, 10, 65537) (too large for stack) at ./015_size_make_threshold.go:20:13
./015_size_make_threshold.go:22:13: make([]string, 4097) escapes to heap in makes:
./015_size_make_threshold.go:22:13:   flow: {heap} ← &{storage for make([]string, 4097)}:
./015_size_make_threshold.go:22:13:     from make([]string, 4097) (too large for stack) at ./015_size_make_threshold.go:22:13
./015_size_make_threshold.go:11:12: make([]int64, 8192) does not escape
./015_size_make_threshold.go:12:12: make([]int64, 8193) escapes to heap
./015_size_make_threshold.go:13:12: make([]int32, 16384) does not escape
./015_size_make_threshold.go:14:12: make([]int32, 16385) escapes to heap
./015_size_make_threshold.go:15:12: make([]Triple, 2730) does not escape
./015_size_make_threshold.go:16:12: make([]Triple, 2731) escapes to heap
./015_size_make_threshold.go:17:12: make([][3]byte, 21845) does not escape
./015_size_make_threshold.go:18:12: make([][3]byte, 21846) escapes to heap
./015_size_make_threshold.go:19:12: make([]byte, 10, 65536) does not escape
./015_size_make_threshold.go:20:13: make([]byte, 10, 65537) escapes to heap
./015_size_make_threshold.go:21:13: make([]string, 4096) does not escape
./015_size_make_threshold.go:22:13: make([]string, 4097) escapes to heap
./015_size_make_threshold.go:28:19: makes() escapes to heap in main:
./015_size_make_threshold.go:28:19:   flow: {storage for ... argument} ← &{storage for makes()}:
./015_size_make_threshold.go:28:19:     from makes() (spill) at ./015_size_make_threshold.go:28:19
./015_size_make_threshold.go:28:19:     from ... argument (slice-literal-element) at ./015_size_make_threshold.go:28:13
./015_size_make_threshold.go:28:19:   flow: {heap} ← {storage for ... argument}:
./015_size_make_threshold.go:28:19:     from ... argument (spill) at ./015_size_make_threshold.go:28:13
./015_size_make_threshold.go:28:19:     from fmt.Println(... argument...) (call parameter) at ./015_size_make_threshold.go:28:13
./015_size_make_threshold.go:28:13: ... argument does not escape
./015_size_make_threshold.go:28:19: makes() escapes to heap
