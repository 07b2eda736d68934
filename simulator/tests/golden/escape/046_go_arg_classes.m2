./046_go_arg_classes.go:10:31: name escapes to heap in work:
./046_go_arg_classes.go:10:31:   flow: {storage for ... argument} ← &{storage for name}:
./046_go_arg_classes.go:10:31:     from name (spill) at ./046_go_arg_classes.go:10:31
./046_go_arg_classes.go:10:31:     from ... argument (slice-literal-element) at ./046_go_arg_classes.go:10:21
./046_go_arg_classes.go:10:31:   flow: {heap} ← {storage for ... argument}:
./046_go_arg_classes.go:10:31:     from ... argument (spill) at ./046_go_arg_classes.go:10:21
./046_go_arg_classes.go:10:31:     from fmt.Sprintf("%s:%d", ... argument...) (call parameter) at ./046_go_arg_classes.go:10:21
./046_go_arg_classes.go:10:37: *p escapes to heap in work:
./046_go_arg_classes.go:10:37:   flow: {storage for ... argument} ← &{storage for *p}:
./046_go_arg_classes.go:10:37:     from *p (spill) at ./046_go_arg_classes.go:10:37
./046_go_arg_classes.go:10:37:     from ... argument (slice-literal-element) at ./046_go_arg_classes.go:10:21
./046_go_arg_classes.go:10:37:   flow: {heap} ← {storage for ... argument}:
./046_go_arg_classes.go:10:37:     from ... argument (spill) at ./046_go_arg_classes.go:10:21
./046_go_arg_classes.go:10:37:     from fmt.Sprintf("%s:%d", ... argument...) (call parameter) at ./046_go_arg_classes.go:10:21
./046_go_arg_classes.go:8:36: parameter name leaks to {storage for name} for work with derefs=0:
./046_go_arg_classes.go:8:36:   flow: {storage for name} ← name:
./046_go_arg_classes.go:8:36:     from name (interface-converted) at ./046_go_arg_classes.go:10:31
./046_go_arg_classes.go:8:19: p does not escape
./046_go_arg_classes.go:8:27: s does not escape
./046_go_arg_classes.go:8:36: leaking param: name
./046_go_arg_classes.go:8:49: done does not escape
./046_go_arg_classes.go:10:21: ... argument does not escape
./046_go_arg_classes.go:10:31: name escapes to heap
./046_go_arg_classes.go:10:37: *p escapes to heap
./046_go_arg_classes.go:16:2: func literal escapes to heap in main:
./046_go_arg_classes.go:16:2:   flow: {heap} ← &{storage for func literal}:
./046_go_arg_classes.go:16:2:     from func literal (spill) at ./046_go_arg_classes.go:16:2
./046_go_arg_classes.go:19:2: func literal escapes to heap in main:
./046_go_arg_classes.go:19:2:   flow: {heap} ← &{storage for func literal}:
./046_go_arg_classes.go:19:2:     from func literal (spill) at ./046_go_arg_classes.go:19:2
./046_go_arg_classes.go:16:13: main capturing by value: .autotmp_2 (addr=false assign=false width=8)
./046_go_arg_classes.go:16:40: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
./046_go_arg_classes.go:19:2: main capturing by value: .autotmp_5 (addr=false assign=false width=8)
./046_go_arg_classes.go:19:31: main capturing by value: .autotmp_6 (addr=false assign=false width=16)
./046_go_arg_classes.go:19:47: main capturing by value: .autotmp_7 (addr=false assign=false width=8)
./046_go_arg_classes.go:17:14: <-done escapes to heap in main:
./046_go_arg_classes.go:17:14:   flow: {storage for ... argument} ← &{storage for <-done}:
./046_go_arg_classes.go:17:14:     from <-done (spill) at ./046_go_arg_classes.go:17:14
./046_go_arg_classes.go:17:14:     from ... argument (slice-literal-element) at ./046_go_arg_classes.go:17:13
./046_go_arg_classes.go:17:14:   flow: {heap} ← {storage for ... argument}:
./046_go_arg_classes.go:17:14:     from ... argument (spill) at ./046_go_arg_classes.go:17:13
./046_go_arg_classes.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./046_go_arg_classes.go:17:13
./046_go_arg_classes.go:19:43: 2 escapes to heap in main:
./046_go_arg_classes.go:19:43:   flow: {storage for ... argument} ← &{storage for 2}:
./046_go_arg_classes.go:19:43:     from 2 (spill) at ./046_go_arg_classes.go:19:43
./046_go_arg_classes.go:19:43:     from ... argument (slice-literal-element) at ./046_go_arg_classes.go:19:42
./046_go_arg_classes.go:19:43:   flow: {heap} ← {storage for ... argument}:
./046_go_arg_classes.go:19:43:     from ... argument (spill) at ./046_go_arg_classes.go:19:42
./046_go_arg_classes.go:19:43:     from fmt.Sprint(... argument...) (call parameter) at ./046_go_arg_classes.go:19:42
./046_go_arg_classes.go:19:31: "w" + fmt.Sprint(... argument...) escapes to heap in main:
./046_go_arg_classes.go:19:31:   flow: .autotmp_6 ← &{storage for "w" + fmt.Sprint(... argument...)}:
./046_go_arg_classes.go:19:31:     from "w" + fmt.Sprint(... argument...) (spill) at ./046_go_arg_classes.go:19:31
./046_go_arg_classes.go:19:31:     from .autotmp_5, .autotmp_6, .autotmp_7 = n, "w" + fmt.Sprint(... argument...), done (assign-pair) at ./046_go_arg_classes.go:19:2
./046_go_arg_classes.go:19:31:   flow: {heap} ← .autotmp_6:
./046_go_arg_classes.go:19:31:     from work(.autotmp_5, new(int), nil, .autotmp_6, .autotmp_7) (call parameter) at ./046_go_arg_classes.go:19:9
./046_go_arg_classes.go:20:14: <-done escapes to heap in main:
./046_go_arg_classes.go:20:14:   flow: {storage for ... argument} ← &{storage for <-done}:
./046_go_arg_classes.go:20:14:     from <-done (spill) at ./046_go_arg_classes.go:20:14
./046_go_arg_classes.go:20:14:     from ... argument (slice-literal-element) at ./046_go_arg_classes.go:20:13
./046_go_arg_classes.go:20:14:   flow: {heap} ← {storage for ... argument}:
./046_go_arg_classes.go:20:14:     from ... argument (spill) at ./046_go_arg_classes.go:20:13
./046_go_arg_classes.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./046_go_arg_classes.go:20:13
./046_go_arg_classes.go:15:2: total escapes to heap in main:
./046_go_arg_classes.go:15:2:   flow: .autotmp_2 ← &total:
./046_go_arg_classes.go:15:2:     from &total (address-of) at ./046_go_arg_classes.go:16:13
./046_go_arg_classes.go:15:2:     from .autotmp_2, .autotmp_3 = &total, done (assign-pair) at ./046_go_arg_classes.go:16:2
./046_go_arg_classes.go:15:2:   flow: {storage for func literal} ← .autotmp_2:
./046_go_arg_classes.go:15:2:     from .autotmp_2 (captured by a closure) at ./046_go_arg_classes.go:16:13
./046_go_arg_classes.go:15:2: moved to heap: total
./046_go_arg_classes.go:16:26: []int{...} does not escape
./046_go_arg_classes.go:17:13: ... argument does not escape
./046_go_arg_classes.go:17:14: <-done escapes to heap
./046_go_arg_classes.go:19:31: "w" + fmt.Sprint(... argument...) escapes to heap
./046_go_arg_classes.go:19:42: ... argument does not escape
./046_go_arg_classes.go:19:43: 2 escapes to heap
./046_go_arg_classes.go:19:16: new(int) does not escape
./046_go_arg_classes.go:20:13: ... argument does not escape
./046_go_arg_classes.go:20:14: <-done escapes to heap
