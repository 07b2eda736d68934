./123_interface_params_leak.go:16:7: s does not escape
./123_interface_params_leak.go:17:7: s does not escape
./123_interface_params_leak.go:18:48: Ints.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
./123_interface_params_leak.go:18:48: Ints.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
./123_interface_params_leak.go:18:7: s does not escape
./123_interface_params_leak.go:20:13: parameter s leaks to {heap} for bubble with derefs=0:
./123_interface_params_leak.go:20:13:   flow: {heap} ← s:
./123_interface_params_leak.go:20:13:     from s.Len() (call parameter) at ./123_interface_params_leak.go:21:23
./123_interface_params_leak.go:20:13: leaking param: s
./123_interface_params_leak.go:34:7: s does not escape
./123_interface_params_leak.go:34:24: p does not escape
./123_interface_params_leak.go:36:11: parameter v leaks to {heap} for walk with derefs=0:
./123_interface_params_leak.go:36:11:   flow: {heap} ← v:
./123_interface_params_leak.go:36:11:     from v.Visit(&xs[i]) (call parameter) at ./123_interface_params_leak.go:38:10
./123_interface_params_leak.go:36:22: parameter xs leaks to {heap} for walk with derefs=0:
./123_interface_params_leak.go:36:22:   flow: {heap} ← xs:
./123_interface_params_leak.go:36:22:     from xs[i] (dot of pointer) at ./123_interface_params_leak.go:38:14
./123_interface_params_leak.go:36:22:     from &xs[i] (address-of) at ./123_interface_params_leak.go:38:11
./123_interface_params_leak.go:36:22:     from v.Visit(&xs[i]) (call parameter) at ./123_interface_params_leak.go:38:10
./123_interface_params_leak.go:36:11: leaking param: v
./123_interface_params_leak.go:36:22: leaking param: xs
./123_interface_params_leak.go:44:9: s escapes to heap in main:
./123_interface_params_leak.go:44:9:   flow: {heap} ← &{storage for s}:
./123_interface_params_leak.go:44:9:     from s (spill) at ./123_interface_params_leak.go:44:9
./123_interface_params_leak.go:44:9:     from bubble(s) (call parameter) at ./123_interface_params_leak.go:44:8
./123_interface_params_leak.go:45:6: sm escapes to heap in main:
./123_interface_params_leak.go:45:6:   flow: {heap} ← &sm:
./123_interface_params_leak.go:45:6:     from &sm (address-of) at ./123_interface_params_leak.go:46:7
./123_interface_params_leak.go:45:6:     from &sm (interface-converted) at ./123_interface_params_leak.go:46:7
./123_interface_params_leak.go:45:6:     from walk(&sm, []int{...}) (call parameter) at ./123_interface_params_leak.go:46:6
./123_interface_params_leak.go:46:17: []int{...} escapes to heap in main:
./123_interface_params_leak.go:46:17:   flow: {heap} ← &{storage for []int{...}}:
./123_interface_params_leak.go:46:17:     from []int{...} (spill) at ./123_interface_params_leak.go:46:17
./123_interface_params_leak.go:46:17:     from walk(&sm, []int{...}) (call parameter) at ./123_interface_params_leak.go:46:6
./123_interface_params_leak.go:47:14: s escapes to heap in main:
./123_interface_params_leak.go:47:14:   flow: {storage for ... argument} ← &{storage for s}:
./123_interface_params_leak.go:47:14:     from s (spill) at ./123_interface_params_leak.go:47:14
./123_interface_params_leak.go:47:14:     from ... argument (slice-literal-element) at ./123_interface_params_leak.go:47:13
./123_interface_params_leak.go:47:14:   flow: {heap} ← {storage for ... argument}:
./123_interface_params_leak.go:47:14:     from ... argument (spill) at ./123_interface_params_leak.go:47:13
./123_interface_params_leak.go:47:14:     from fmt.Println(... argument...) (call parameter) at ./123_interface_params_leak.go:47:13
./123_interface_params_leak.go:47:19: sm.total escapes to heap in main:
./123_interface_params_leak.go:47:19:   flow: {storage for ... argument} ← &{storage for sm.total}:
./123_interface_params_leak.go:47:19:     from sm.total (spill) at ./123_interface_params_leak.go:47:19
./123_interface_params_leak.go:47:19:     from ... argument (slice-literal-element) at ./123_interface_params_leak.go:47:13
./123_interface_params_leak.go:47:19:   flow: {heap} ← {storage for ... argument}:
./123_interface_params_leak.go:47:19:     from ... argument (spill) at ./123_interface_params_leak.go:47:13
./123_interface_params_leak.go:47:19:     from fmt.Println(... argument...) (call parameter) at ./123_interface_params_leak.go:47:13
./123_interface_params_leak.go:43:11: Ints{...} escapes to heap in main:
./123_interface_params_leak.go:43:11:   flow: s ← &{storage for Ints{...}}:
./123_interface_params_leak.go:43:11:     from Ints{...} (spill) at ./123_interface_params_leak.go:43:11
./123_interface_params_leak.go:43:11:     from s := Ints{...} (assign) at ./123_interface_params_leak.go:43:4
./123_interface_params_leak.go:43:11:   flow: {storage for s} ← s:
./123_interface_params_leak.go:43:11:     from s (interface-converted) at ./123_interface_params_leak.go:47:14
./123_interface_params_leak.go:45:6: moved to heap: sm
./123_interface_params_leak.go:43:11: Ints{...} escapes to heap
./123_interface_params_leak.go:44:9: s escapes to heap
./123_interface_params_leak.go:46:17: []int{...} escapes to heap
./123_interface_params_leak.go:47:13: ... argument does not escape
./123_interface_params_leak.go:47:14: s escapes to heap
./123_interface_params_leak.go:47:19: sm.total escapes to heap
<autogenerated>:1: parameter ~p0 leaks to {heap} for Sorter.Len with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.Len() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for Sorter.Less with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.Less(i, j) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for Sorter.Swap with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.Swap(i, j) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for Visitor.Visit with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.Visit(p) (call parameter) at <autogenerated>:1
./123_interface_params_leak.go:30:31: parameter p leaks to {heap} for Visitor.Visit with derefs=0:
./123_interface_params_leak.go:30:31:   flow: {heap} ← p:
./123_interface_params_leak.go:30:31:     from ~p0.Visit(p) (call parameter) at <autogenerated>:1
