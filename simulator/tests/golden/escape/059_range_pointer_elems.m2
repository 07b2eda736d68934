./059_range_pointer_elems.go:15:16: parameter items leaks to ~r0 for findSlice with derefs=1:
./059_range_pointer_elems.go:15:16:   flow: {temp} ← items:
./059_range_pointer_elems.go:15:16:   flow: it ← *{temp}:
./059_range_pointer_elems.go:15:16:     from for loop (range-deref) at ./059_range_pointer_elems.go:16:15
./059_range_pointer_elems.go:15:16:   flow: ~r0 ← it:
./059_range_pointer_elems.go:15:16:     from it.price (dot) at ./059_range_pointer_elems.go:18:13
./059_range_pointer_elems.go:15:16:     from return it.price (return) at ./059_range_pointer_elems.go:18:4
./059_range_pointer_elems.go:15:16: leaking param: items to result ~r0 level=1
./059_range_pointer_elems.go:24:16: parameter items leaks to {heap} for findArray with derefs=0:
./059_range_pointer_elems.go:24:16:   flow: {temp} ← items:
./059_range_pointer_elems.go:24:16:   flow: it ← {temp}:
./059_range_pointer_elems.go:24:16:     from for loop (range) at ./059_range_pointer_elems.go:25:15
./059_range_pointer_elems.go:24:16:   flow: {heap} ← it:
./059_range_pointer_elems.go:24:16:     from it.price (dot) at ./059_range_pointer_elems.go:26:16
./059_range_pointer_elems.go:24:16:     from cheapest = it.price (assign) at ./059_range_pointer_elems.go:26:12
./059_range_pointer_elems.go:24:16: leaking param: items
./059_range_pointer_elems.go:31:14: parameter items leaks to ~r0 for byIndex with derefs=2:
./059_range_pointer_elems.go:31:14:   flow: best ← *items:
./059_range_pointer_elems.go:31:14:     from items[0] (dot of pointer) at ./059_range_pointer_elems.go:32:15
./059_range_pointer_elems.go:31:14:     from best := items[0] (assign) at ./059_range_pointer_elems.go:32:7
./059_range_pointer_elems.go:31:14:   flow: ~r0 ← *best:
./059_range_pointer_elems.go:31:14:     from best.name (dot of pointer) at ./059_range_pointer_elems.go:38:13
./059_range_pointer_elems.go:31:14:     from return best.name (return) at ./059_range_pointer_elems.go:38:2
./059_range_pointer_elems.go:31:14: leaking param: items to result ~r0 level=2
./059_range_pointer_elems.go:44:14: *findSlice(items) escapes to heap in main:
./059_range_pointer_elems.go:44:14:   flow: {storage for ... argument} ← &{storage for *findSlice(items)}:
./059_range_pointer_elems.go:44:14:     from *findSlice(items) (spill) at ./059_range_pointer_elems.go:44:14
./059_range_pointer_elems.go:44:14:     from ... argument (slice-literal-element) at ./059_range_pointer_elems.go:44:13
./059_range_pointer_elems.go:44:14:   flow: {heap} ← {storage for ... argument}:
./059_range_pointer_elems.go:44:14:     from ... argument (spill) at ./059_range_pointer_elems.go:44:13
./059_range_pointer_elems.go:44:14:     from fmt.Println(... argument...) (call parameter) at ./059_range_pointer_elems.go:44:13
./059_range_pointer_elems.go:44:33: *findArray([2]Item{...}) escapes to heap in main:
./059_range_pointer_elems.go:44:33:   flow: {storage for ... argument} ← &{storage for *findArray([2]Item{...})}:
./059_range_pointer_elems.go:44:33:     from *findArray([2]Item{...}) (spill) at ./059_range_pointer_elems.go:44:33
./059_range_pointer_elems.go:44:33:     from ... argument (slice-literal-element) at ./059_range_pointer_elems.go:44:13
./059_range_pointer_elems.go:44:33:   flow: {heap} ← {storage for ... argument}:
./059_range_pointer_elems.go:44:33:     from ... argument (spill) at ./059_range_pointer_elems.go:44:13
./059_range_pointer_elems.go:44:33:     from fmt.Println(... argument...) (call parameter) at ./059_range_pointer_elems.go:44:13
./059_range_pointer_elems.go:45:10: byIndex([]*Item{...}) escapes to heap in main:
./059_range_pointer_elems.go:45:10:   flow: {storage for ... argument} ← &{storage for byIndex([]*Item{...})}:
./059_range_pointer_elems.go:45:10:     from byIndex([]*Item{...}) (spill) at ./059_range_pointer_elems.go:45:10
./059_range_pointer_elems.go:45:10:     from ... argument (slice-literal-element) at ./059_range_pointer_elems.go:44:13
./059_range_pointer_elems.go:45:10:   flow: {heap} ← {storage for ... argument}:
./059_range_pointer_elems.go:45:10:     from ... argument (spill) at ./059_range_pointer_elems.go:44:13
./059_range_pointer_elems.go:45:10:     from fmt.Println(... argument...) (call parameter) at ./059_range_pointer_elems.go:44:13
./059_range_pointer_elems.go:42:2: a escapes to heap in main:
./059_range_pointer_elems.go:42:2:   flow: {storage for []Item{...}} ← &a:
./059_range_pointer_elems.go:42:2:     from &a (address-of) at ./059_range_pointer_elems.go:43:24
./059_range_pointer_elems.go:42:2:     from Item{...} (struct literal element) at ./059_range_pointer_elems.go:43:18
./059_range_pointer_elems.go:42:2:     from []Item{...} (slice-literal-element) at ./059_range_pointer_elems.go:43:17
./059_range_pointer_elems.go:42:2:   flow: items ← &{storage for []Item{...}}:
./059_range_pointer_elems.go:42:2:     from []Item{...} (spill) at ./059_range_pointer_elems.go:43:17
./059_range_pointer_elems.go:42:2:     from items := []Item{...} (assign) at ./059_range_pointer_elems.go:43:8
./059_range_pointer_elems.go:42:2:   flow: {heap} ← *items:
./059_range_pointer_elems.go:42:2:     from items[1] (dot of pointer) at ./059_range_pointer_elems.go:44:57
./059_range_pointer_elems.go:42:2:     from [2]Item{...} (array literal element) at ./059_range_pointer_elems.go:44:51
./059_range_pointer_elems.go:42:2:     from findArray([2]Item{...}) (call parameter) at ./059_range_pointer_elems.go:44:43
./059_range_pointer_elems.go:42:5: b escapes to heap in main:
./059_range_pointer_elems.go:42:5:   flow: {storage for []Item{...}} ← &b:
./059_range_pointer_elems.go:42:5:     from &b (address-of) at ./059_range_pointer_elems.go:43:35
./059_range_pointer_elems.go:42:5:     from Item{...} (struct literal element) at ./059_range_pointer_elems.go:43:29
./059_range_pointer_elems.go:42:5:     from []Item{...} (slice-literal-element) at ./059_range_pointer_elems.go:43:17
./059_range_pointer_elems.go:42:5:   flow: items ← &{storage for []Item{...}}:
./059_range_pointer_elems.go:42:5:     from []Item{...} (spill) at ./059_range_pointer_elems.go:43:17
./059_range_pointer_elems.go:42:5:     from items := []Item{...} (assign) at ./059_range_pointer_elems.go:43:8
./059_range_pointer_elems.go:42:5:   flow: {heap} ← *items:
./059_range_pointer_elems.go:42:5:     from items[1] (dot of pointer) at ./059_range_pointer_elems.go:44:57
./059_range_pointer_elems.go:42:5:     from [2]Item{...} (array literal element) at ./059_range_pointer_elems.go:44:51
./059_range_pointer_elems.go:42:5:     from findArray([2]Item{...}) (call parameter) at ./059_range_pointer_elems.go:44:43
./059_range_pointer_elems.go:42:2: moved to heap: a
./059_range_pointer_elems.go:42:5: moved to heap: b
./059_range_pointer_elems.go:43:17: []Item{...} does not escape
./059_range_pointer_elems.go:44:13: ... argument does not escape
./059_range_pointer_elems.go:44:14: *findSlice(items) escapes to heap
./059_range_pointer_elems.go:44:33: *findArray([2]Item{...}) escapes to heap
./059_range_pointer_elems.go:45:10: byIndex([]*Item{...}) escapes to heap
./059_range_pointer_elems.go:45:18: []*Item{...} does not escape
