./escape-parameters--kindsm2.go:5:12: parameter p leaks to {heap} for store with derefs=0:
./escape-parameters--kindsm2.go:5:12:   flow: {heap} ← p:
./escape-parameters--kindsm2.go:5:12:     from sink = p (assign) at ./escape-parameters--kindsm2.go:6:7
./escape-parameters--kindsm2.go:5:12: leaking param: p
./escape-parameters--kindsm2.go:9:12: parameter ps leaks to {heap} for first with derefs=1:
./escape-parameters--kindsm2.go:9:12:   flow: {heap} ← *ps:
./escape-parameters--kindsm2.go:9:12:     from ps[0] (dot of pointer) at ./escape-parameters--kindsm2.go:10:11
./escape-parameters--kindsm2.go:9:12:     from sink = ps[0] (assign) at ./escape-parameters--kindsm2.go:10:7
./escape-parameters--kindsm2.go:9:12: leaking param content: ps
./escape-parameters--kindsm2.go:14:2: x escapes to heap in main:
./escape-parameters--kindsm2.go:14:2:   flow: {heap} ← &x:
./escape-parameters--kindsm2.go:14:2:     from &x (address-of) at ./escape-parameters--kindsm2.go:15:8
./escape-parameters--kindsm2.go:14:2:     from store(&x) (call parameter) at ./escape-parameters--kindsm2.go:15:7
./escape-parameters--kindsm2.go:14:5: y escapes to heap in main:
./escape-parameters--kindsm2.go:14:5:   flow: {storage for []*int{...}} ← &y:
./escape-parameters--kindsm2.go:14:5:     from &y (address-of) at ./escape-parameters--kindsm2.go:16:15
./escape-parameters--kindsm2.go:14:5:     from []*int{...} (slice-literal-element) at ./escape-parameters--kindsm2.go:16:14
./escape-parameters--kindsm2.go:14:5:   flow: {heap} ← {storage for []*int{...}}:
./escape-parameters--kindsm2.go:14:5:     from []*int{...} (spill) at ./escape-parameters--kindsm2.go:16:14
./escape-parameters--kindsm2.go:14:5:     from first([]*int{...}) (call parameter) at ./escape-parameters--kindsm2.go:16:7
./escape-parameters--kindsm2.go:14:2: moved to heap: x
./escape-parameters--kindsm2.go:14:5: moved to heap: y
./escape-parameters--kindsm2.go:16:14: []*int{...} does not escape
