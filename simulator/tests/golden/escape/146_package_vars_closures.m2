./146_package_vars_closures.go:9:2: init.func1 capturing by ref: c (addr=false assign=true width=8)
./146_package_vars_closures.go:10:9: func literal escapes to heap in init.func1:
./146_package_vars_closures.go:10:9:   flow: ~r0 ← &{storage for func literal}:
./146_package_vars_closures.go:10:9:     from func literal (spill) at ./146_package_vars_closures.go:10:9
./146_package_vars_closures.go:10:9:     from return func literal (return) at ./146_package_vars_closures.go:10:2
./146_package_vars_closures.go:9:2: c escapes to heap in init.func1:
./146_package_vars_closures.go:9:2:   flow: {storage for func literal} ← &c:
./146_package_vars_closures.go:9:2:     from c (captured by a closure) at ./146_package_vars_closures.go:11:3
./146_package_vars_closures.go:9:2:     from c (reference) at ./146_package_vars_closures.go:11:3
./146_package_vars_closures.go:9:2: moved to heap: c
./146_package_vars_closures.go:10:9: func literal escapes to heap
./146_package_vars_closures.go:23:11: make([]int, n) escapes to heap in buildTable:
./146_package_vars_closures.go:23:11:   flow: t ← &{storage for make([]int, n)}:
./146_package_vars_closures.go:23:11:     from make([]int, n) (spill) at ./146_package_vars_closures.go:23:11
./146_package_vars_closures.go:23:11:     from t := make([]int, n) (assign) at ./146_package_vars_closures.go:23:4
./146_package_vars_closures.go:23:11:   flow: ~r0 ← t:
./146_package_vars_closures.go:23:11:     from return t (return) at ./146_package_vars_closures.go:27:2
./146_package_vars_closures.go:23:11: make([]int, n) escapes to heap
./146_package_vars_closures.go:20:27: map[string]int{...} escapes to heap in init:
./146_package_vars_closures.go:20:27:   flow: {heap} ← &{storage for map[string]int{...}}:
./146_package_vars_closures.go:20:27:     from map[string]int{...} (spill) at ./146_package_vars_closures.go:20:27
./146_package_vars_closures.go:20:27:     from index = map[string]int{...} (assign) at ./146_package_vars_closures.go:20:5
./146_package_vars_closures.go:8:12: func literal does not escape
./146_package_vars_closures.go:20:27: map[string]int{...} escapes to heap
./146_package_vars_closures.go:32:18: next() escapes to heap in main:
./146_package_vars_closures.go:32:18:   flow: {storage for ... argument} ← &{storage for next()}:
./146_package_vars_closures.go:32:18:     from next() (spill) at ./146_package_vars_closures.go:32:18
./146_package_vars_closures.go:32:18:     from ... argument (slice-literal-element) at ./146_package_vars_closures.go:32:13
./146_package_vars_closures.go:32:18:   flow: {heap} ← {storage for ... argument}:
./146_package_vars_closures.go:32:18:     from ... argument (spill) at ./146_package_vars_closures.go:32:13
./146_package_vars_closures.go:32:18:     from fmt.Println(... argument...) (call parameter) at ./146_package_vars_closures.go:32:13
./146_package_vars_closures.go:32:27: table[3] escapes to heap in main:
./146_package_vars_closures.go:32:27:   flow: {storage for ... argument} ← &{storage for table[3]}:
./146_package_vars_closures.go:32:27:     from table[3] (spill) at ./146_package_vars_closures.go:32:27
./146_package_vars_closures.go:32:27:     from ... argument (slice-literal-element) at ./146_package_vars_closures.go:32:13
./146_package_vars_closures.go:32:27:   flow: {heap} ← {storage for ... argument}:
./146_package_vars_closures.go:32:27:     from ... argument (spill) at ./146_package_vars_closures.go:32:13
./146_package_vars_closures.go:32:27:     from fmt.Println(... argument...) (call parameter) at ./146_package_vars_closures.go:32:13
./146_package_vars_closures.go:32:37: index["b"] escapes to heap in main:
./146_package_vars_closures.go:32:37:   flow: {storage for ... argument} ← &{storage for index["b"]}:
./146_package_vars_closures.go:32:37:     from index["b"] (spill) at ./146_package_vars_closures.go:32:37
./146_package_vars_closures.go:32:37:     from ... argument (slice-literal-element) at ./146_package_vars_closures.go:32:13
./146_package_vars_closures.go:32:37:   flow: {heap} ← {storage for ... argument}:
./146_package_vars_closures.go:32:37:     from ... argument (spill) at ./146_package_vars_closures.go:32:13
./146_package_vars_closures.go:32:37:     from fmt.Println(... argument...) (call parameter) at ./146_package_vars_closures.go:32:13
./146_package_vars_closures.go:32:13: ... argument does not escape
./146_package_vars_closures.go:32:18: next() escapes to heap
./146_package_vars_closures.go:32:27: table[3] escapes to heap
./146_package_vars_closures.go:32:37: index["b"] escapes to heap
