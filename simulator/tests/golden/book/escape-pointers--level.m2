./escape-pointers--level.go:3:10: parameter pp leaks to ~r0 for get with derefs=1:
./escape-pointers--level.go:3:10:   flow: ~r0 ← *pp:
./escape-pointers--level.go:3:10:     from *pp (indirection) at ./escape-pointers--level.go:4:9
./escape-pointers--level.go:3:10:     from return *pp (return) at ./escape-pointers--level.go:4:2
./escape-pointers--level.go:3:10: leaking param: pp to result ~r0 level=1
./escape-pointers--level.go:8:2: x escapes to heap in use:
./escape-pointers--level.go:8:2:   flow: p ← &x:
./escape-pointers--level.go:8:2:     from &x (address-of) at ./escape-pointers--level.go:9:7
./escape-pointers--level.go:8:2:     from p := &x (assign) at ./escape-pointers--level.go:9:4
./escape-pointers--level.go:8:2:   flow: ~r0 ← p:
./escape-pointers--level.go:8:2:     from &p (address-of) at ./escape-pointers--level.go:10:13
./escape-pointers--level.go:8:2:     from get(&p) (call parameter) at ./escape-pointers--level.go:10:12
./escape-pointers--level.go:8:2:     from return get(&p) (return) at ./escape-pointers--level.go:10:2
./escape-pointers--level.go:8:2: moved to heap: x
