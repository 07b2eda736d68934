./081_slicing_forms.go:10:10: parameter s leaks to ~r0 for sub with derefs=0:
./081_slicing_forms.go:10:10:   flow: ~r0 ← s:
./081_slicing_forms.go:10:10:     from s[1:3] (slice) at ./081_slicing_forms.go:10:43
./081_slicing_forms.go:10:10:     from return s[1:3] (return) at ./081_slicing_forms.go:10:35
./081_slicing_forms.go:10:10: leaking param: s to result ~r0 level=0
./081_slicing_forms.go:11:11: parameter s leaks to ~r0 for full with derefs=0:
./081_slicing_forms.go:11:11:   flow: ~r0 ← s:
./081_slicing_forms.go:11:11:     from s[1:2:3] (slice) at ./081_slicing_forms.go:11:43
./081_slicing_forms.go:11:11:     from return s[1:2:3] (return) at ./081_slicing_forms.go:11:35
./081_slicing_forms.go:11:11: leaking param: s to result ~r0 level=0
./081_slicing_forms.go:12:15: parameter p leaks to ~r0 for ofArrPtr with derefs=0:
./081_slicing_forms.go:12:15:   flow: ~r0 ← p:
./081_slicing_forms.go:12:15:     from p[1:] (slice) at ./081_slicing_forms.go:12:43
./081_slicing_forms.go:12:15:     from return p[1:] (return) at ./081_slicing_forms.go:12:35
./081_slicing_forms.go:12:15: leaking param: p to result ~r0 level=0
./081_slicing_forms.go:13:11: parameter s leaks to ~r0 for tail with derefs=0:
./081_slicing_forms.go:13:11:   flow: ~r0 ← s:
./081_slicing_forms.go:13:11:     from s[1:] (slice) at ./081_slicing_forms.go:13:43
./081_slicing_forms.go:13:11:     from return s[1:] (return) at ./081_slicing_forms.go:13:35
./081_slicing_forms.go:13:11: leaking param: s to result ~r0 level=0
./081_slicing_forms.go:16:6: arr escapes to heap in fromArray:
./081_slicing_forms.go:16:6:   flow: ~r0 ← &arr:
./081_slicing_forms.go:16:6:     from arr (address-of) at ./081_slicing_forms.go:18:12
./081_slicing_forms.go:16:6:     from arr[:] (slice) at ./081_slicing_forms.go:18:12
./081_slicing_forms.go:16:6:     from return arr[:] (return) at ./081_slicing_forms.go:18:2
./081_slicing_forms.go:16:6: moved to heap: arr
./081_slicing_forms.go:28:2: a escapes to heap in main:
./081_slicing_forms.go:28:2:   flow: {heap} ← &a:
./081_slicing_forms.go:28:2:     from &a (address-of) at ./081_slicing_forms.go:29:18
./081_slicing_forms.go:28:2:     from ofArrPtr(&a) (call parameter) at ./081_slicing_forms.go:29:17
./081_slicing_forms.go:28:2:     from keep = ofArrPtr(&a) (assign) at ./081_slicing_forms.go:29:7
./081_slicing_forms.go:31:17: sub(s) escapes to heap in main:
./081_slicing_forms.go:31:17:   flow: {storage for ... argument} ← &{storage for sub(s)}:
./081_slicing_forms.go:31:17:     from sub(s) (spill) at ./081_slicing_forms.go:31:17
./081_slicing_forms.go:31:17:     from ... argument (slice-literal-element) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:31:17:   flow: {heap} ← {storage for ... argument}:
./081_slicing_forms.go:31:17:     from ... argument (spill) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:31:17:     from fmt.Println(... argument...) (call parameter) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:31:26: full(s) escapes to heap in main:
./081_slicing_forms.go:31:26:   flow: {storage for ... argument} ← &{storage for full(s)}:
./081_slicing_forms.go:31:26:     from full(s) (spill) at ./081_slicing_forms.go:31:26
./081_slicing_forms.go:31:26:     from ... argument (slice-literal-element) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:31:26:   flow: {heap} ← {storage for ... argument}:
./081_slicing_forms.go:31:26:     from ... argument (spill) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:31:26:     from fmt.Println(... argument...) (call parameter) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:31:34: len(keep) escapes to heap in main:
./081_slicing_forms.go:31:34:   flow: {storage for ... argument} ← &{storage for len(keep)}:
./081_slicing_forms.go:31:34:     from len(keep) (spill) at ./081_slicing_forms.go:31:34
./081_slicing_forms.go:31:34:     from ... argument (slice-literal-element) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:31:34:   flow: {heap} ← {storage for ... argument}:
./081_slicing_forms.go:31:34:     from ... argument (spill) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:31:34:     from fmt.Println(... argument...) (call parameter) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:31:46: tail("xyz") escapes to heap in main:
./081_slicing_forms.go:31:46:   flow: {storage for ... argument} ← &{storage for tail("xyz")}:
./081_slicing_forms.go:31:46:     from tail("xyz") (spill) at ./081_slicing_forms.go:31:46
./081_slicing_forms.go:31:46:     from ... argument (slice-literal-element) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:31:46:   flow: {heap} ← {storage for ... argument}:
./081_slicing_forms.go:31:46:     from ... argument (spill) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:31:46:     from fmt.Println(... argument...) (call parameter) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:31:66: fromArray()[1] escapes to heap in main:
./081_slicing_forms.go:31:66:   flow: {storage for ... argument} ← &{storage for fromArray()[1]}:
./081_slicing_forms.go:31:66:     from fromArray()[1] (spill) at ./081_slicing_forms.go:31:66
./081_slicing_forms.go:31:66:     from ... argument (slice-literal-element) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:31:66:   flow: {heap} ← {storage for ... argument}:
./081_slicing_forms.go:31:66:     from ... argument (spill) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:31:66:     from fmt.Println(... argument...) (call parameter) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:31:81: localArray() escapes to heap in main:
./081_slicing_forms.go:31:81:   flow: {storage for ... argument} ← &{storage for localArray()}:
./081_slicing_forms.go:31:81:     from localArray() (spill) at ./081_slicing_forms.go:31:81
./081_slicing_forms.go:31:81:     from ... argument (slice-literal-element) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:31:81:   flow: {heap} ← {storage for ... argument}:
./081_slicing_forms.go:31:81:     from ... argument (spill) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:31:81:     from fmt.Println(... argument...) (call parameter) at ./081_slicing_forms.go:31:13
./081_slicing_forms.go:30:12: []int{...} escapes to heap in main:
./081_slicing_forms.go:30:12:   flow: s ← &{storage for []int{...}}:
./081_slicing_forms.go:30:12:     from []int{...} (spill) at ./081_slicing_forms.go:30:12
./081_slicing_forms.go:30:12:     from s := []int{...} (assign) at ./081_slicing_forms.go:30:4
./081_slicing_forms.go:30:12:   flow: {storage for full(s)} ← s:
./081_slicing_forms.go:30:12:     from full(s) (call parameter) at ./081_slicing_forms.go:31:26
./081_slicing_forms.go:30:12:     from full(s) (interface-converted) at ./081_slicing_forms.go:31:26
./081_slicing_forms.go:28:2: moved to heap: a
./081_slicing_forms.go:30:12: []int{...} escapes to heap
./081_slicing_forms.go:31:13: ... argument does not escape
./081_slicing_forms.go:31:17: sub(s) escapes to heap
./081_slicing_forms.go:31:26: full(s) escapes to heap
./081_slicing_forms.go:31:34: len(keep) escapes to heap
./081_slicing_forms.go:31:46: tail("xyz") escapes to heap
./081_slicing_forms.go:31:66: fromArray()[1] escapes to heap
./081_slicing_forms.go:31:81: localArray() escapes to heap
