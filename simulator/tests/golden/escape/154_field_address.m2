./154_field_address.go:16:6: o escapes to heap in fieldAddr:
./154_field_address.go:16:6:   flow: ~r0 ← &o:
./154_field_address.go:16:6:     from o.in (dot) at ./154_field_address.go:18:11
./154_field_address.go:16:6:     from &o.in (address-of) at ./154_field_address.go:18:9
./154_field_address.go:16:6:     from return &o.in (return) at ./154_field_address.go:18:2
./154_field_address.go:16:6: moved to heap: o
./154_field_address.go:22:6: o escapes to heap in elemAddr:
./154_field_address.go:22:6:   flow: ~r0 ← &o:
./154_field_address.go:22:6:     from o.arr (dot) at ./154_field_address.go:24:11
./154_field_address.go:22:6:     from o.arr[2] (fixed-array-index-of) at ./154_field_address.go:24:15
./154_field_address.go:22:6:     from &o.arr[2] (address-of) at ./154_field_address.go:24:9
./154_field_address.go:22:6:     from return &o.arr[2] (return) at ./154_field_address.go:24:2
./154_field_address.go:22:6: moved to heap: o
./154_field_address.go:27:17: parameter o leaks to ~r0 for paramField with derefs=0:
./154_field_address.go:27:17:   flow: ~r0 ← o:
./154_field_address.go:27:17:     from o.in (dot of pointer) at ./154_field_address.go:27:43
./154_field_address.go:27:17:     from o.in.n (dot) at ./154_field_address.go:27:46
./154_field_address.go:27:17:     from &o.in.n (address-of) at ./154_field_address.go:27:41
./154_field_address.go:27:17:     from return &o.in.n (return) at ./154_field_address.go:27:34
./154_field_address.go:27:17: leaking param: o to result ~r0 level=0
./154_field_address.go:29:16: parameter s leaks to ~r0 for sliceElem with derefs=0:
./154_field_address.go:29:16:   flow: ~r0 ← s:
./154_field_address.go:29:16:     from s[1] (dot of pointer) at ./154_field_address.go:29:45
./154_field_address.go:29:16:     from &s[1] (address-of) at ./154_field_address.go:29:43
./154_field_address.go:29:16:     from return &s[1] (return) at ./154_field_address.go:29:36
./154_field_address.go:29:16: leaking param: s to result ~r0 level=0
./154_field_address.go:33:25: fieldAddr().n escapes to heap in main:
./154_field_address.go:33:25:   flow: {storage for ... argument} ← &{storage for fieldAddr().n}:
./154_field_address.go:33:25:     from fieldAddr().n (spill) at ./154_field_address.go:33:25
./154_field_address.go:33:25:     from ... argument (slice-literal-element) at ./154_field_address.go:33:13
./154_field_address.go:33:25:   flow: {heap} ← {storage for ... argument}:
./154_field_address.go:33:25:     from ... argument (spill) at ./154_field_address.go:33:13
./154_field_address.go:33:25:     from fmt.Println(... argument...) (call parameter) at ./154_field_address.go:33:13
./154_field_address.go:33:29: *elemAddr() escapes to heap in main:
./154_field_address.go:33:29:   flow: {storage for ... argument} ← &{storage for *elemAddr()}:
./154_field_address.go:33:29:     from *elemAddr() (spill) at ./154_field_address.go:33:29
./154_field_address.go:33:29:     from ... argument (slice-literal-element) at ./154_field_address.go:33:13
./154_field_address.go:33:29:   flow: {heap} ← {storage for ... argument}:
./154_field_address.go:33:29:     from ... argument (spill) at ./154_field_address.go:33:13
./154_field_address.go:33:29:     from fmt.Println(... argument...) (call parameter) at ./154_field_address.go:33:13
./154_field_address.go:33:42: *paramField(&o) escapes to heap in main:
./154_field_address.go:33:42:   flow: {storage for ... argument} ← &{storage for *paramField(&o)}:
./154_field_address.go:33:42:     from *paramField(&o) (spill) at ./154_field_address.go:33:42
./154_field_address.go:33:42:     from ... argument (slice-literal-element) at ./154_field_address.go:33:13
./154_field_address.go:33:42:   flow: {heap} ← {storage for ... argument}:
./154_field_address.go:33:42:     from ... argument (spill) at ./154_field_address.go:33:13
./154_field_address.go:33:42:     from fmt.Println(... argument...) (call parameter) at ./154_field_address.go:33:13
./154_field_address.go:33:87: sliceElem([]Inner{...}).n escapes to heap in main:
./154_field_address.go:33:87:   flow: {storage for ... argument} ← &{storage for sliceElem([]Inner{...}).n}:
./154_field_address.go:33:87:     from sliceElem([]Inner{...}).n (spill) at ./154_field_address.go:33:87
./154_field_address.go:33:87:     from ... argument (slice-literal-element) at ./154_field_address.go:33:13
./154_field_address.go:33:87:   flow: {heap} ← {storage for ... argument}:
./154_field_address.go:33:87:     from ... argument (spill) at ./154_field_address.go:33:13
./154_field_address.go:33:87:     from fmt.Println(... argument...) (call parameter) at ./154_field_address.go:33:13
./154_field_address.go:33:13: ... argument does not escape
./154_field_address.go:33:25: fieldAddr().n escapes to heap
./154_field_address.go:33:29: *elemAddr() escapes to heap
./154_field_address.go:33:42: *paramField(&o) escapes to heap
./154_field_address.go:33:87: sliceElem([]Inner{...}).n escapes to heap
./154_field_address.go:33:76: []Inner{...} does not escape
