./escape-parameters--kinds.go:5:12: parameter p leaks to {heap} for store with derefs=0:
./escape-parameters--kinds.go:5:12:   flow: {heap} ← p:
./escape-parameters--kinds.go:5:12:     from sink = p (assign) at ./escape-parameters--kinds.go:6:7
./escape-parameters--kinds.go:5:12: leaking param: p
./escape-parameters--kinds.go:9:15: parameter p leaks to ~r0 for identity with derefs=0:
./escape-parameters--kinds.go:9:15:   flow: ~r0 ← p:
./escape-parameters--kinds.go:9:15:     from return p (return) at ./escape-parameters--kinds.go:10:2
./escape-parameters--kinds.go:9:15: leaking param: p to result ~r0 level=0
./escape-parameters--kinds.go:13:12: parameter ps leaks to {heap} for first with derefs=1:
./escape-parameters--kinds.go:13:12:   flow: {heap} ← *ps:
./escape-parameters--kinds.go:13:12:     from ps[0] (dot of pointer) at ./escape-parameters--kinds.go:14:11
./escape-parameters--kinds.go:13:12:     from sink = ps[0] (assign) at ./escape-parameters--kinds.go:14:7
./escape-parameters--kinds.go:13:12: leaking param content: ps
./escape-parameters--kinds.go:17:11: p does not escape
./escape-parameters--kinds.go:22:2: a escapes to heap in main:
./escape-parameters--kinds.go:22:2:   flow: {heap} ← &a:
./escape-parameters--kinds.go:22:2:     from &a (address-of) at ./escape-parameters--kinds.go:23:8
./escape-parameters--kinds.go:22:2:     from store(&a) (call parameter) at ./escape-parameters--kinds.go:23:7
./escape-parameters--kinds.go:22:8: c escapes to heap in main:
./escape-parameters--kinds.go:22:8:   flow: {heap} ← &c:
./escape-parameters--kinds.go:22:8:     from &c (address-of) at ./escape-parameters--kinds.go:25:18
./escape-parameters--kinds.go:22:8:     from identity(&c) (call parameter) at ./escape-parameters--kinds.go:25:17
./escape-parameters--kinds.go:22:8:     from sink = identity(&c) (assign) at ./escape-parameters--kinds.go:25:7
./escape-parameters--kinds.go:22:11: d escapes to heap in main:
./escape-parameters--kinds.go:22:11:   flow: {storage for []*int{...}} ← &d:
./escape-parameters--kinds.go:22:11:     from &d (address-of) at ./escape-parameters--kinds.go:26:15
./escape-parameters--kinds.go:22:11:     from []*int{...} (slice-literal-element) at ./escape-parameters--kinds.go:26:14
./escape-parameters--kinds.go:22:11:   flow: {heap} ← {storage for []*int{...}}:
./escape-parameters--kinds.go:22:11:     from []*int{...} (spill) at ./escape-parameters--kinds.go:26:14
./escape-parameters--kinds.go:22:11:     from first([]*int{...}) (call parameter) at ./escape-parameters--kinds.go:26:7
./escape-parameters--kinds.go:22:2: moved to heap: a
./escape-parameters--kinds.go:22:8: moved to heap: c
./escape-parameters--kinds.go:22:11: moved to heap: d
./escape-parameters--kinds.go:26:14: []*int{...} does not escape
