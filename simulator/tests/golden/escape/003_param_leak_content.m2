./003_param_leak_content.go:13:17: parameter p leaks to {heap} for storeParam with derefs=0:
./003_param_leak_content.go:13:17:   flow: {heap} ← p:
./003_param_leak_content.go:13:17:     from global = p (assign) at ./003_param_leak_content.go:13:40
./003_param_leak_content.go:13:17: leaking param: p
./003_param_leak_content.go:14:19: parameter h leaks to {heap} for storeContent with derefs=1:
./003_param_leak_content.go:14:19:   flow: {heap} ← *h:
./003_param_leak_content.go:14:19:     from h.p (dot of pointer) at ./003_param_leak_content.go:14:43
./003_param_leak_content.go:14:19:     from global = h.p (assign) at ./003_param_leak_content.go:14:40
./003_param_leak_content.go:14:19: leaking param content: h
./003_param_leak_content.go:15:17: parameter s leaks to {heap} for storeSlice with derefs=0:
./003_param_leak_content.go:15:17:   flow: {heap} ← s:
./003_param_leak_content.go:15:17:     from globalSlice = s (assign) at ./003_param_leak_content.go:15:45
./003_param_leak_content.go:15:17: leaking param: s
./003_param_leak_content.go:16:16: parameter s leaks to {heap} for storeElem with derefs=1:
./003_param_leak_content.go:16:16:   flow: {heap} ← *s:
./003_param_leak_content.go:16:16:     from s[0] (dot of pointer) at ./003_param_leak_content.go:16:43
./003_param_leak_content.go:16:16:     from global = s[0] (assign) at ./003_param_leak_content.go:16:40
./003_param_leak_content.go:16:16: leaking param content: s
./003_param_leak_content.go:17:16: parameter ppp leaks to {heap} for storeDeep with derefs=2:
./003_param_leak_content.go:17:16:   flow: {heap} ← **ppp:
./003_param_leak_content.go:17:16:     from *ppp (indirection) at ./003_param_leak_content.go:17:43
./003_param_leak_content.go:17:16:     from *(*ppp) (indirection) at ./003_param_leak_content.go:17:42
./003_param_leak_content.go:17:16:     from global = *(*ppp) (assign) at ./003_param_leak_content.go:17:40
./003_param_leak_content.go:17:16: leaking param content: ppp
./003_param_leak_content.go:18:15: h does not escape
./003_param_leak_content.go:21:2: a escapes to heap in main:
./003_param_leak_content.go:21:2:   flow: {heap} ← &a:
./003_param_leak_content.go:21:2:     from &a (address-of) at ./003_param_leak_content.go:22:13
./003_param_leak_content.go:21:2:     from storeParam(&a) (call parameter) at ./003_param_leak_content.go:22:12
./003_param_leak_content.go:24:18: []int{...} escapes to heap in main:
./003_param_leak_content.go:24:18:   flow: {heap} ← &{storage for []int{...}}:
./003_param_leak_content.go:24:18:     from []int{...} (spill) at ./003_param_leak_content.go:24:18
./003_param_leak_content.go:24:18:     from storeSlice([]int{...}) (call parameter) at ./003_param_leak_content.go:24:12
./003_param_leak_content.go:21:5: b escapes to heap in main:
./003_param_leak_content.go:21:5:   flow: {storage for &Holder{...}} ← &b:
./003_param_leak_content.go:21:5:     from &b (address-of) at ./003_param_leak_content.go:23:23
./003_param_leak_content.go:21:5:     from Holder{...} (struct literal element) at ./003_param_leak_content.go:23:22
./003_param_leak_content.go:21:5:   flow: {heap} ← {storage for &Holder{...}}:
./003_param_leak_content.go:21:5:     from &Holder{...} (spill) at ./003_param_leak_content.go:23:15
./003_param_leak_content.go:21:5:     from storeContent(&Holder{...}) (call parameter) at ./003_param_leak_content.go:23:14
./003_param_leak_content.go:21:8: c escapes to heap in main:
./003_param_leak_content.go:21:8:   flow: {storage for []*int{...}} ← &c:
./003_param_leak_content.go:21:8:     from &c (address-of) at ./003_param_leak_content.go:25:19
./003_param_leak_content.go:21:8:     from []*int{...} (slice-literal-element) at ./003_param_leak_content.go:25:18
./003_param_leak_content.go:21:8:   flow: {heap} ← {storage for []*int{...}}:
./003_param_leak_content.go:21:8:     from []*int{...} (spill) at ./003_param_leak_content.go:25:18
./003_param_leak_content.go:21:8:     from storeElem([]*int{...}) (call parameter) at ./003_param_leak_content.go:25:11
./003_param_leak_content.go:31:22: readOnly(&Holder{...}) escapes to heap in main:
./003_param_leak_content.go:31:22:   flow: {storage for ... argument} ← &{storage for readOnly(&Holder{...})}:
./003_param_leak_content.go:31:22:     from readOnly(&Holder{...}) (spill) at ./003_param_leak_content.go:31:22
./003_param_leak_content.go:31:22:     from ... argument (slice-literal-element) at ./003_param_leak_content.go:31:13
./003_param_leak_content.go:31:22:   flow: {heap} ← {storage for ... argument}:
./003_param_leak_content.go:31:22:     from ... argument (spill) at ./003_param_leak_content.go:31:13
./003_param_leak_content.go:31:22:     from fmt.Println(... argument...) (call parameter) at ./003_param_leak_content.go:31:13
./003_param_leak_content.go:31:37: *global escapes to heap in main:
./003_param_leak_content.go:31:37:   flow: {storage for ... argument} ← &{storage for *global}:
./003_param_leak_content.go:31:37:     from *global (spill) at ./003_param_leak_content.go:31:37
./003_param_leak_content.go:31:37:     from ... argument (slice-literal-element) at ./003_param_leak_content.go:31:13
./003_param_leak_content.go:31:37:   flow: {heap} ← {storage for ... argument}:
./003_param_leak_content.go:31:37:     from ... argument (spill) at ./003_param_leak_content.go:31:13
./003_param_leak_content.go:31:37:     from fmt.Println(... argument...) (call parameter) at ./003_param_leak_content.go:31:13
./003_param_leak_content.go:31:49: len(globalSlice) escapes to heap in main:
./003_param_leak_content.go:31:49:   flow: {storage for ... argument} ← &{storage for len(globalSlice)}:
./003_param_leak_content.go:31:49:     from len(globalSlice) (spill) at ./003_param_leak_content.go:31:49
./003_param_leak_content.go:31:49:     from ... argument (slice-literal-element) at ./003_param_leak_content.go:31:13
./003_param_leak_content.go:31:49:   flow: {heap} ← {storage for ... argument}:
./003_param_leak_content.go:31:49:     from ... argument (spill) at ./003_param_leak_content.go:31:13
./003_param_leak_content.go:31:49:     from fmt.Println(... argument...) (call parameter) at ./003_param_leak_content.go:31:13
./003_param_leak_content.go:26:2: d escapes to heap in main:
./003_param_leak_content.go:26:2:   flow: pd ← &d:
./003_param_leak_content.go:26:2:     from &d (address-of) at ./003_param_leak_content.go:27:8
./003_param_leak_content.go:26:2:     from pd := &d (assign) at ./003_param_leak_content.go:27:5
./003_param_leak_content.go:26:2:   flow: ppd ← &pd:
./003_param_leak_content.go:26:2:     from &pd (address-of) at ./003_param_leak_content.go:28:9
./003_param_leak_content.go:26:2:     from ppd := &pd (assign) at ./003_param_leak_content.go:28:6
./003_param_leak_content.go:26:2:   flow: {heap} ← *ppd:
./003_param_leak_content.go:26:2:     from &ppd (address-of) at ./003_param_leak_content.go:29:12
./003_param_leak_content.go:26:2:     from storeDeep(&ppd) (call parameter) at ./003_param_leak_content.go:29:11
./003_param_leak_content.go:21:2: moved to heap: a
./003_param_leak_content.go:21:5: moved to heap: b
./003_param_leak_content.go:21:8: moved to heap: c
./003_param_leak_content.go:26:2: moved to heap: d
./003_param_leak_content.go:23:15: &Holder{...} does not escape
./003_param_leak_content.go:24:18: []int{...} escapes to heap
./003_param_leak_content.go:25:18: []*int{...} does not escape
./003_param_leak_content.go:31:13: ... argument does not escape
./003_param_leak_content.go:31:22: readOnly(&Holder{...}) escapes to heap
./003_param_leak_content.go:31:23: &Holder{...} does not escape
./003_param_leak_content.go:31:37: *global escapes to heap
./003_param_leak_content.go:31:49: len(globalSlice) escapes to heap
