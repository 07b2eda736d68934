./079_copy_clear_minmax.go:10:15: dst does not escape
./079_copy_clear_minmax.go:10:20: src does not escape
./079_copy_clear_minmax.go:11:20: parameter src leaks to {heap} for copyPtrs with derefs=1:
./079_copy_clear_minmax.go:11:20:   flow: {heap} ← *src:
./079_copy_clear_minmax.go:11:20:     from copy(dst, src) (call parameter) at ./079_copy_clear_minmax.go:11:53
./079_copy_clear_minmax.go:11:20:     from copy(dst, src) (copied slice) at ./079_copy_clear_minmax.go:11:53
./079_copy_clear_minmax.go:11:15: dst does not escape
./079_copy_clear_minmax.go:11:20: leaking param content: src
./079_copy_clear_minmax.go:12:14: dst does not escape
./079_copy_clear_minmax.go:12:26: s does not escape
./079_copy_clear_minmax.go:14:12: m does not escape
./079_copy_clear_minmax.go:14:30: s does not escape
./079_copy_clear_minmax.go:19:14: parameter a leaks to ~r0 for smaller with derefs=0:
./079_copy_clear_minmax.go:19:14:   flow: ~r0 ← a:
./079_copy_clear_minmax.go:19:14:     from min(a, b) (call parameter) at ./079_copy_clear_minmax.go:19:46
./079_copy_clear_minmax.go:19:14:     from return min(a, b) (return) at ./079_copy_clear_minmax.go:19:36
./079_copy_clear_minmax.go:19:17: parameter b leaks to ~r0 for smaller with derefs=0:
./079_copy_clear_minmax.go:19:17:   flow: ~r0 ← b:
./079_copy_clear_minmax.go:19:17:     from min(a, b) (call parameter) at ./079_copy_clear_minmax.go:19:46
./079_copy_clear_minmax.go:19:17:     from return min(a, b) (return) at ./079_copy_clear_minmax.go:19:36
./079_copy_clear_minmax.go:19:14: leaking param: a to result ~r0 level=0
./079_copy_clear_minmax.go:19:17: leaking param: b to result ~r0 level=0
./079_copy_clear_minmax.go:25:2: x escapes to heap in main:
./079_copy_clear_minmax.go:25:2:   flow: {storage for []*int{...}} ← &x:
./079_copy_clear_minmax.go:25:2:     from &x (address-of) at ./079_copy_clear_minmax.go:27:27
./079_copy_clear_minmax.go:25:2:     from []*int{...} (slice-literal-element) at ./079_copy_clear_minmax.go:27:26
./079_copy_clear_minmax.go:25:2:   flow: {heap} ← {storage for []*int{...}}:
./079_copy_clear_minmax.go:25:2:     from []*int{...} (spill) at ./079_copy_clear_minmax.go:27:26
./079_copy_clear_minmax.go:25:2:     from copyPtrs(pd, []*int{...}) (call parameter) at ./079_copy_clear_minmax.go:27:15
./079_copy_clear_minmax.go:32:14: n escapes to heap in main:
./079_copy_clear_minmax.go:32:14:   flow: {storage for ... argument} ← &{storage for n}:
./079_copy_clear_minmax.go:32:14:     from n (spill) at ./079_copy_clear_minmax.go:32:14
./079_copy_clear_minmax.go:32:14:     from ... argument (slice-literal-element) at ./079_copy_clear_minmax.go:32:13
./079_copy_clear_minmax.go:32:14:   flow: {heap} ← {storage for ... argument}:
./079_copy_clear_minmax.go:32:14:     from ... argument (spill) at ./079_copy_clear_minmax.go:32:13
./079_copy_clear_minmax.go:32:14:     from fmt.Println(... argument...) (call parameter) at ./079_copy_clear_minmax.go:32:13
./079_copy_clear_minmax.go:32:20: len(m) escapes to heap in main:
./079_copy_clear_minmax.go:32:20:   flow: {storage for ... argument} ← &{storage for len(m)}:
./079_copy_clear_minmax.go:32:20:     from len(m) (spill) at ./079_copy_clear_minmax.go:32:20
./079_copy_clear_minmax.go:32:20:     from ... argument (slice-literal-element) at ./079_copy_clear_minmax.go:32:13
./079_copy_clear_minmax.go:32:20:   flow: {heap} ← {storage for ... argument}:
./079_copy_clear_minmax.go:32:20:     from ... argument (spill) at ./079_copy_clear_minmax.go:32:13
./079_copy_clear_minmax.go:32:20:     from fmt.Println(... argument...) (call parameter) at ./079_copy_clear_minmax.go:32:13
./079_copy_clear_minmax.go:32:31: pd[0] == nil escapes to heap in main:
./079_copy_clear_minmax.go:32:31:   flow: {storage for ... argument} ← &{storage for pd[0] == nil}:
./079_copy_clear_minmax.go:32:31:     from pd[0] == nil (spill) at ./079_copy_clear_minmax.go:32:31
./079_copy_clear_minmax.go:32:31:     from ... argument (slice-literal-element) at ./079_copy_clear_minmax.go:32:13
./079_copy_clear_minmax.go:32:31:   flow: {heap} ← {storage for ... argument}:
./079_copy_clear_minmax.go:32:31:     from ... argument (spill) at ./079_copy_clear_minmax.go:32:13
./079_copy_clear_minmax.go:32:31:     from fmt.Println(... argument...) (call parameter) at ./079_copy_clear_minmax.go:32:13
./079_copy_clear_minmax.go:32:46: smaller("b", "a") escapes to heap in main:
./079_copy_clear_minmax.go:32:46:   flow: {storage for ... argument} ← &{storage for smaller("b", "a")}:
./079_copy_clear_minmax.go:32:46:     from smaller("b", "a") (spill) at ./079_copy_clear_minmax.go:32:46
./079_copy_clear_minmax.go:32:46:     from ... argument (slice-literal-element) at ./079_copy_clear_minmax.go:32:13
./079_copy_clear_minmax.go:32:46:   flow: {heap} ← {storage for ... argument}:
./079_copy_clear_minmax.go:32:46:     from ... argument (spill) at ./079_copy_clear_minmax.go:32:13
./079_copy_clear_minmax.go:32:46:     from fmt.Println(... argument...) (call parameter) at ./079_copy_clear_minmax.go:32:13
./079_copy_clear_minmax.go:32:65: largest(1, 3, 2) escapes to heap in main:
./079_copy_clear_minmax.go:32:65:   flow: {storage for ... argument} ← &{storage for largest(1, 3, 2)}:
./079_copy_clear_minmax.go:32:65:     from largest(1, 3, 2) (spill) at ./079_copy_clear_minmax.go:32:65
./079_copy_clear_minmax.go:32:65:     from ... argument (slice-literal-element) at ./079_copy_clear_minmax.go:32:13
./079_copy_clear_minmax.go:32:65:   flow: {heap} ← {storage for ... argument}:
./079_copy_clear_minmax.go:32:65:     from ... argument (spill) at ./079_copy_clear_minmax.go:32:13
./079_copy_clear_minmax.go:32:65:     from fmt.Println(... argument...) (call parameter) at ./079_copy_clear_minmax.go:32:13
./079_copy_clear_minmax.go:25:2: moved to heap: x
./079_copy_clear_minmax.go:23:11: make([]int, 2) does not escape
./079_copy_clear_minmax.go:24:24: []int{...} does not escape
./079_copy_clear_minmax.go:26:12: make([]*int, 1) does not escape
./079_copy_clear_minmax.go:27:26: []*int{...} does not escape
./079_copy_clear_minmax.go:28:13: make([]byte, 4) does not escape
./079_copy_clear_minmax.go:30:21: map[string]int{...} does not escape
./079_copy_clear_minmax.go:32:13: ... argument does not escape
./079_copy_clear_minmax.go:32:14: n escapes to heap
./079_copy_clear_minmax.go:32:20: len(m) escapes to heap
./079_copy_clear_minmax.go:32:31: pd[0] == nil escapes to heap
./079_copy_clear_minmax.go:32:46: smaller("b", "a") escapes to heap
./079_copy_clear_minmax.go:32:65: largest(1, 3, 2) escapes to heap
