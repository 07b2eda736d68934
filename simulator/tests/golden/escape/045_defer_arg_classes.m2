./045_defer_arg_classes.go:16:14: *p escapes to heap in show:
./045_defer_arg_classes.go:16:14:   flow: {storage for ... argument} ← &{storage for *p}:
./045_defer_arg_classes.go:16:14:     from *p (spill) at ./045_defer_arg_classes.go:16:14
./045_defer_arg_classes.go:16:14:     from ... argument (slice-literal-element) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:16:14:   flow: {heap} ← {storage for ... argument}:
./045_defer_arg_classes.go:16:14:     from ... argument (spill) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:16:18: a escapes to heap in show:
./045_defer_arg_classes.go:16:18:   flow: {storage for ... argument} ← &{storage for a}:
./045_defer_arg_classes.go:16:18:     from a (spill) at ./045_defer_arg_classes.go:16:18
./045_defer_arg_classes.go:16:18:     from ... argument (slice-literal-element) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:16:18:   flow: {heap} ← {storage for ... argument}:
./045_defer_arg_classes.go:16:18:     from ... argument (spill) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:16:18:     from fmt.Println(... argument...) (call parameter) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:16:24: len(s) escapes to heap in show:
./045_defer_arg_classes.go:16:24:   flow: {storage for ... argument} ← &{storage for len(s)}:
./045_defer_arg_classes.go:16:24:     from len(s) (spill) at ./045_defer_arg_classes.go:16:24
./045_defer_arg_classes.go:16:24:     from ... argument (slice-literal-element) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:16:24:   flow: {heap} ← {storage for ... argument}:
./045_defer_arg_classes.go:16:24:     from ... argument (spill) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:16:24:     from fmt.Println(... argument...) (call parameter) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:16:30: f() escapes to heap in show:
./045_defer_arg_classes.go:16:30:   flow: {storage for ... argument} ← &{storage for f()}:
./045_defer_arg_classes.go:16:30:     from f() (spill) at ./045_defer_arg_classes.go:16:30
./045_defer_arg_classes.go:16:30:     from ... argument (slice-literal-element) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:16:30:   flow: {heap} ← {storage for ... argument}:
./045_defer_arg_classes.go:16:30:     from ... argument (spill) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:16:30:     from fmt.Println(... argument...) (call parameter) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:16:34: n escapes to heap in show:
./045_defer_arg_classes.go:16:34:   flow: {storage for ... argument} ← &{storage for n}:
./045_defer_arg_classes.go:16:34:     from n (spill) at ./045_defer_arg_classes.go:16:34
./045_defer_arg_classes.go:16:34:     from ... argument (slice-literal-element) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:16:34:   flow: {heap} ← {storage for ... argument}:
./045_defer_arg_classes.go:16:34:     from ... argument (spill) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:16:34:     from fmt.Println(... argument...) (call parameter) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:16:37: str escapes to heap in show:
./045_defer_arg_classes.go:16:37:   flow: {storage for ... argument} ← &{storage for str}:
./045_defer_arg_classes.go:16:37:     from str (spill) at ./045_defer_arg_classes.go:16:37
./045_defer_arg_classes.go:16:37:     from ... argument (slice-literal-element) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:16:37:   flow: {heap} ← {storage for ... argument}:
./045_defer_arg_classes.go:16:37:     from ... argument (spill) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:16:37:     from fmt.Println(... argument...) (call parameter) at ./045_defer_arg_classes.go:16:13
./045_defer_arg_classes.go:11:58: parameter str leaks to {storage for str} for show with derefs=0:
./045_defer_arg_classes.go:11:58:   flow: {storage for str} ← str:
./045_defer_arg_classes.go:11:58:     from str (interface-converted) at ./045_defer_arg_classes.go:16:37
./045_defer_arg_classes.go:11:11: p does not escape
./045_defer_arg_classes.go:11:19: q does not escape
./045_defer_arg_classes.go:11:28: s does not escape
./045_defer_arg_classes.go:11:37: f does not escape
./045_defer_arg_classes.go:11:58: leaking param: str
./045_defer_arg_classes.go:16:13: ... argument does not escape
./045_defer_arg_classes.go:16:14: *p escapes to heap
./045_defer_arg_classes.go:16:18: a escapes to heap
./045_defer_arg_classes.go:16:24: len(s) escapes to heap
./045_defer_arg_classes.go:16:30: f() escapes to heap
./045_defer_arg_classes.go:16:34: n escapes to heap
./045_defer_arg_classes.go:16:37: str escapes to heap
./045_defer_arg_classes.go:23:13: deferred capturing by value: .autotmp_2 (addr=false assign=false width=8)
./045_defer_arg_classes.go:23:17: deferred capturing by value: .autotmp_3 (addr=false assign=false width=8)
./045_defer_arg_classes.go:23:2: deferred capturing by value: .autotmp_4 (addr=false assign=false width=8)
./045_defer_arg_classes.go:23:2: deferred capturing by value: .autotmp_5 (addr=false assign=false width=8)
./045_defer_arg_classes.go:23:51: deferred capturing by value: .autotmp_6 (addr=false assign=false width=8)
./045_defer_arg_classes.go:24:33: deferred capturing by value: .autotmp_7 (addr=false assign=false width=8)
./045_defer_arg_classes.go:24:66: deferred capturing by value: .autotmp_8 (addr=false assign=false width=8)
./045_defer_arg_classes.go:24:83: deferred capturing by value: .autotmp_9 (addr=false assign=false width=16)
./045_defer_arg_classes.go:24:83: string(rune(97 + v)) escapes to heap in deferred:
./045_defer_arg_classes.go:24:83:   flow: .autotmp_9 ← &{storage for string(rune(97 + v))}:
./045_defer_arg_classes.go:24:83:     from string(rune(97 + v)) (spill) at ./045_defer_arg_classes.go:24:83
./045_defer_arg_classes.go:24:83:     from .autotmp_7, .autotmp_8, .autotmp_9 = func literal, int(int8(v)), string(rune(97 + v)) (assign-pair) at ./045_defer_arg_classes.go:24:2
./045_defer_arg_classes.go:24:83:   flow: {heap} ← .autotmp_9:
./045_defer_arg_classes.go:24:83:     from show(new(int), nil, nil, .autotmp_7, .autotmp_8, .autotmp_9) (call parameter) at ./045_defer_arg_classes.go:24:12
./045_defer_arg_classes.go:23:17: &Pair{...} does not escape
./045_defer_arg_classes.go:23:35: []int{...} does not escape
./045_defer_arg_classes.go:24:33: func literal does not escape
./045_defer_arg_classes.go:24:83: string(rune(97 + v)) escapes to heap
./045_defer_arg_classes.go:24:16: new(int) does not escape
