./018_fold_make_size.go:14:11: make([]byte, 65537) escapes to heap in folded:
./018_fold_make_size.go:14:11:   flow: {heap} ← &{storage for make([]byte, 65537)}:
./018_fold_make_size.go:14:11:     from make([]byte, 65537) (too large for stack) at ./018_fold_make_size.go:14:11
./018_fold_make_size.go:17:11: make([]int, 0, 102400) escapes to heap in folded:
./018_fold_make_size.go:17:11:   flow: {heap} ← &{storage for make([]int, 0, 102400)}:
./018_fold_make_size.go:17:11:     from make([]int, 0, 102400) (too large for stack) at ./018_fold_make_size.go:17:11
./018_fold_make_size.go:12:11: make([]byte, 8) does not escape
./018_fold_make_size.go:14:11: make([]byte, 65537) escapes to heap
./018_fold_make_size.go:15:11: make([]int, 1024) does not escape
./018_fold_make_size.go:17:11: make([]int, 0, 102400) escapes to heap
./018_fold_make_size.go:19:11: make([]byte, 8) does not escape
./018_fold_make_size.go:24:20: folded() escapes to heap in main:
./018_fold_make_size.go:24:20:   flow: {storage for ... argument} ← &{storage for folded()}:
./018_fold_make_size.go:24:20:     from folded() (spill) at ./018_fold_make_size.go:24:20
./018_fold_make_size.go:24:20:     from ... argument (slice-literal-element) at ./018_fold_make_size.go:24:13
./018_fold_make_size.go:24:20:   flow: {heap} ← {storage for ... argument}:
./018_fold_make_size.go:24:20:     from ... argument (spill) at ./018_fold_make_size.go:24:13
./018_fold_make_size.go:24:20:     from fmt.Println(... argument...) (call parameter) at ./018_fold_make_size.go:24:13
./018_fold_make_size.go:24:13: ... argument does not escape
./018_fold_make_size.go:24:20: folded() escapes to heap
