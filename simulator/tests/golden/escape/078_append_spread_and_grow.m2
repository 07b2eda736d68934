./078_append_spread_and_grow.go:11:15: append(out, b...) escapes to heap in concat:
./078_append_spread_and_grow.go:11:15:   flow: ~r0 ← &{storage for append(out, b...)}:
./078_append_spread_and_grow.go:11:15:     from append(out, b...) (spill) at ./078_append_spread_and_grow.go:11:15
./078_append_spread_and_grow.go:11:15:     from return append(out, b...) (return) at ./078_append_spread_and_grow.go:11:2
./078_append_spread_and_grow.go:9:13: make([]int, 0, len(a) + len(b)) escapes to heap in concat:
./078_append_spread_and_grow.go:9:13:   flow: out ← &{storage for make([]int, 0, len(a) + len(b))}:
./078_append_spread_and_grow.go:9:13:     from make([]int, 0, len(a) + len(b)) (spill) at ./078_append_spread_and_grow.go:9:13
./078_append_spread_and_grow.go:9:13:     from out := make([]int, 0, len(a) + len(b)) (assign) at ./078_append_spread_and_grow.go:9:6
./078_append_spread_and_grow.go:9:13:   flow: {temp} ← out:
./078_append_spread_and_grow.go:9:13:     from append(out, b...) (call parameter) at ./078_append_spread_and_grow.go:11:15
./078_append_spread_and_grow.go:9:13:   flow: ~r0 ← {temp}:
./078_append_spread_and_grow.go:9:13:     from return append(out, b...) (return) at ./078_append_spread_and_grow.go:11:2
./078_append_spread_and_grow.go:10:14: append(out, a...) escapes to heap in concat:
./078_append_spread_and_grow.go:10:14:   flow: out ← &{storage for append(out, a...)}:
./078_append_spread_and_grow.go:10:14:     from append(out, a...) (spill) at ./078_append_spread_and_grow.go:10:14
./078_append_spread_and_grow.go:10:14:     from out = append(out, a...) (assign) at ./078_append_spread_and_grow.go:10:6
./078_append_spread_and_grow.go:10:14:   flow: {temp} ← out:
./078_append_spread_and_grow.go:10:14:     from append(out, b...) (call parameter) at ./078_append_spread_and_grow.go:11:15
./078_append_spread_and_grow.go:10:14:   flow: ~r0 ← {temp}:
./078_append_spread_and_grow.go:10:14:     from return append(out, b...) (return) at ./078_append_spread_and_grow.go:11:2
./078_append_spread_and_grow.go:8:13: a does not escape
./078_append_spread_and_grow.go:8:16: b does not escape
./078_append_spread_and_grow.go:9:13: make([]int, 0, len(a) + len(b)) escapes to heap
./078_append_spread_and_grow.go:10:14: append escapes to heap
./078_append_spread_and_grow.go:11:15: append escapes to heap
./078_append_spread_and_grow.go:14:27: parameter src leaks to {heap} for merge with derefs=1:
./078_append_spread_and_grow.go:14:27:   flow: {heap} ← *src:
./078_append_spread_and_grow.go:14:27:     from append(dst, src...) (call parameter) at ./078_append_spread_and_grow.go:14:67
./078_append_spread_and_grow.go:14:27:     from append(dst, src...) (appended slice...) at ./078_append_spread_and_grow.go:14:67
./078_append_spread_and_grow.go:14:12: parameter dst leaks to {heap} for merge with derefs=1:
./078_append_spread_and_grow.go:14:12:   flow: {temp} ← dst:
./078_append_spread_and_grow.go:14:12:     from append(dst, src...) (call parameter) at ./078_append_spread_and_grow.go:14:67
./078_append_spread_and_grow.go:14:12:   flow: {heap} ← *{temp}:
./078_append_spread_and_grow.go:14:12:     from append(dst, src...) (appendee slice) at ./078_append_spread_and_grow.go:14:67
./078_append_spread_and_grow.go:14:67: append(dst, src...) escapes to heap in merge:
./078_append_spread_and_grow.go:14:67:   flow: ~r0 ← &{storage for append(dst, src...)}:
./078_append_spread_and_grow.go:14:67:     from append(dst, src...) (spill) at ./078_append_spread_and_grow.go:14:67
./078_append_spread_and_grow.go:14:67:     from return append(dst, src...) (return) at ./078_append_spread_and_grow.go:14:54
./078_append_spread_and_grow.go:14:12: parameter dst leaks to ~r0 for merge with derefs=0:
./078_append_spread_and_grow.go:14:12:   flow: {temp} ← dst:
./078_append_spread_and_grow.go:14:12:     from append(dst, src...) (call parameter) at ./078_append_spread_and_grow.go:14:67
./078_append_spread_and_grow.go:14:12:   flow: {temp} ← {temp}:
./078_append_spread_and_grow.go:14:12:   flow: ~r0 ← {temp}:
./078_append_spread_and_grow.go:14:12:     from return append(dst, src...) (return) at ./078_append_spread_and_grow.go:14:54
./078_append_spread_and_grow.go:14:12: leaking param content: dst
./078_append_spread_and_grow.go:14:12: leaking param: dst to result ~r0 level=0
./078_append_spread_and_grow.go:14:27: leaking param content: src
./078_append_spread_and_grow.go:14:67: append escapes to heap
./078_append_spread_and_grow.go:16:61: append(prefix, s...) escapes to heap in bytesOf:
./078_append_spread_and_grow.go:16:61:   flow: ~r0 ← &{storage for append(prefix, s...)}:
./078_append_spread_and_grow.go:16:61:     from append(prefix, s...) (spill) at ./078_append_spread_and_grow.go:16:61
./078_append_spread_and_grow.go:16:61:     from return append(prefix, s...) (return) at ./078_append_spread_and_grow.go:16:48
./078_append_spread_and_grow.go:16:14: parameter prefix leaks to ~r0 for bytesOf with derefs=0:
./078_append_spread_and_grow.go:16:14:   flow: {temp} ← prefix:
./078_append_spread_and_grow.go:16:14:     from append(prefix, s...) (call parameter) at ./078_append_spread_and_grow.go:16:61
./078_append_spread_and_grow.go:16:14:   flow: ~r0 ← {temp}:
./078_append_spread_and_grow.go:16:14:     from return append(prefix, s...) (return) at ./078_append_spread_and_grow.go:16:48
./078_append_spread_and_grow.go:16:14: leaking param: prefix to result ~r0 level=0
./078_append_spread_and_grow.go:16:29: s does not escape
./078_append_spread_and_grow.go:16:61: append escapes to heap
./078_append_spread_and_grow.go:19:5: y escapes to heap in main:
./078_append_spread_and_grow.go:19:5:   flow: {storage for []*string{...}} ← &y:
./078_append_spread_and_grow.go:19:5:     from &y (address-of) at ./078_append_spread_and_grow.go:20:38
./078_append_spread_and_grow.go:19:5:     from []*string{...} (slice-literal-element) at ./078_append_spread_and_grow.go:20:37
./078_append_spread_and_grow.go:19:5:   flow: {heap} ← {storage for []*string{...}}:
./078_append_spread_and_grow.go:19:5:     from []*string{...} (spill) at ./078_append_spread_and_grow.go:20:37
./078_append_spread_and_grow.go:19:5:     from merge([]*string{...}, []*string{...}) (call parameter) at ./078_append_spread_and_grow.go:20:12
./078_append_spread_and_grow.go:22:20: concat([]int{...}, []int{...}) escapes to heap in main:
./078_append_spread_and_grow.go:22:20:   flow: {storage for ... argument} ← &{storage for concat([]int{...}, []int{...})}:
./078_append_spread_and_grow.go:22:20:     from concat([]int{...}, []int{...}) (spill) at ./078_append_spread_and_grow.go:22:20
./078_append_spread_and_grow.go:22:20:     from ... argument (slice-literal-element) at ./078_append_spread_and_grow.go:22:13
./078_append_spread_and_grow.go:22:20:   flow: {heap} ← {storage for ... argument}:
./078_append_spread_and_grow.go:22:20:     from ... argument (spill) at ./078_append_spread_and_grow.go:22:13
./078_append_spread_and_grow.go:22:20:     from fmt.Println(... argument...) (call parameter) at ./078_append_spread_and_grow.go:22:13
./078_append_spread_and_grow.go:22:48: len(m) escapes to heap in main:
./078_append_spread_and_grow.go:22:48:   flow: {storage for ... argument} ← &{storage for len(m)}:
./078_append_spread_and_grow.go:22:48:     from len(m) (spill) at ./078_append_spread_and_grow.go:22:48
./078_append_spread_and_grow.go:22:48:     from ... argument (slice-literal-element) at ./078_append_spread_and_grow.go:22:13
./078_append_spread_and_grow.go:22:48:   flow: {heap} ← {storage for ... argument}:
./078_append_spread_and_grow.go:22:48:     from ... argument (spill) at ./078_append_spread_and_grow.go:22:13
./078_append_spread_and_grow.go:22:48:     from fmt.Println(... argument...) (call parameter) at ./078_append_spread_and_grow.go:22:13
./078_append_spread_and_grow.go:22:59: string(b) escapes to heap in main:
./078_append_spread_and_grow.go:22:59:   flow: {storage for ... argument} ← &{storage for string(b)}:
./078_append_spread_and_grow.go:22:59:     from string(b) (spill) at ./078_append_spread_and_grow.go:22:59
./078_append_spread_and_grow.go:22:59:     from ... argument (slice-literal-element) at ./078_append_spread_and_grow.go:22:13
./078_append_spread_and_grow.go:22:59:   flow: {heap} ← {storage for ... argument}:
./078_append_spread_and_grow.go:22:59:     from ... argument (spill) at ./078_append_spread_and_grow.go:22:13
./078_append_spread_and_grow.go:22:59:     from fmt.Println(... argument...) (call parameter) at ./078_append_spread_and_grow.go:22:13
./078_append_spread_and_grow.go:19:2: x escapes to heap in main:
./078_append_spread_and_grow.go:19:2:   flow: {storage for []*string{...}} ← &x:
./078_append_spread_and_grow.go:19:2:     from &x (address-of) at ./078_append_spread_and_grow.go:20:23
./078_append_spread_and_grow.go:19:2:     from []*string{...} (slice-literal-element) at ./078_append_spread_and_grow.go:20:22
./078_append_spread_and_grow.go:19:2:   flow: {temp} ← &{storage for []*string{...}}:
./078_append_spread_and_grow.go:19:2:     from []*string{...} (spill) at ./078_append_spread_and_grow.go:20:22
./078_append_spread_and_grow.go:19:2:     from merge([]*string{...}, []*string{...}) (call parameter) at ./078_append_spread_and_grow.go:20:12
./078_append_spread_and_grow.go:19:2:   flow: {heap} ← *{temp}:
./078_append_spread_and_grow.go:22:60: string(b) escapes to heap in main:
./078_append_spread_and_grow.go:22:60:   flow: {storage for string(b)} ← &{storage for string(b)}:
./078_append_spread_and_grow.go:22:60:     from string(b) (spill) at ./078_append_spread_and_grow.go:22:60
./078_append_spread_and_grow.go:22:60:     from string(b) (interface-converted) at ./078_append_spread_and_grow.go:22:59
./078_append_spread_and_grow.go:19:2: moved to heap: x
./078_append_spread_and_grow.go:19:5: moved to heap: y
./078_append_spread_and_grow.go:20:22: []*string{...} does not escape
./078_append_spread_and_grow.go:20:37: []*string{...} does not escape
./078_append_spread_and_grow.go:21:22: ([]byte)("ab") does not escape
./078_append_spread_and_grow.go:22:13: ... argument does not escape
./078_append_spread_and_grow.go:22:20: concat([]int{...}, []int{...}) escapes to heap
./078_append_spread_and_grow.go:22:26: []int{...} does not escape
./078_append_spread_and_grow.go:22:36: []int{...} does not escape
./078_append_spread_and_grow.go:22:48: len(m) escapes to heap
./078_append_spread_and_grow.go:22:59: string(b) escapes to heap
./078_append_spread_and_grow.go:22:60: string(b) escapes to heap
