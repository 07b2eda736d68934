./interview--flow.go:5:12: parameter p leaks to {heap} for store with derefs=0:
./interview--flow.go:5:12:   flow: {heap} ← p:
./interview--flow.go:5:12:     from sink = p (assign) at ./interview--flow.go:6:7
./interview--flow.go:5:12: leaking param: p
./interview--flow.go:10:2: x escapes to heap in main:
./interview--flow.go:10:2:   flow: {heap} ← &x:
./interview--flow.go:10:2:     from &x (address-of) at ./interview--flow.go:11:8
./interview--flow.go:10:2:     from store(&x) (call parameter) at ./interview--flow.go:11:7
./interview--flow.go:10:2: moved to heap: x
