./rust--keep.go:7:11: parameter p leaks to {heap} for keep with derefs=0:
./rust--keep.go:7:11:   flow: {heap} ← p:
./rust--keep.go:7:11:     from kept = p (assign) at ./rust--keep.go:8:7
./rust--keep.go:7:11: leaking param: p
./rust--keep.go:12:2: x escapes to heap in main:
./rust--keep.go:12:2:   flow: {heap} ← &x:
./rust--keep.go:12:2:     from &x (address-of) at ./rust--keep.go:13:7
./rust--keep.go:12:2:     from keep(&x) (call parameter) at ./rust--keep.go:13:6
./rust--keep.go:14:14: *kept escapes to heap in main:
./rust--keep.go:14:14:   flow: {storage for ... argument} ← &{storage for *kept}:
./rust--keep.go:14:14:     from *kept (spill) at ./rust--keep.go:14:14
./rust--keep.go:14:14:     from ... argument (slice-literal-element) at ./rust--keep.go:14:13
./rust--keep.go:14:14:   flow: {heap} ← {storage for ... argument}:
./rust--keep.go:14:14:     from ... argument (spill) at ./rust--keep.go:14:13
./rust--keep.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./rust--keep.go:14:13
./rust--keep.go:12:2: moved to heap: x
./rust--keep.go:14:13: ... argument does not escape
./rust--keep.go:14:14: *kept escapes to heap
