./escape-index--cancelx.go:6:2: a escapes to heap in main:
./escape-index--cancelx.go:6:2:   flow: p ← &a:
./escape-index--cancelx.go:6:2:     from &a (address-of) at ./escape-index--cancelx.go:7:7
./escape-index--cancelx.go:6:2:     from p := &a (assign) at ./escape-index--cancelx.go:7:4
./escape-index--cancelx.go:6:2:   flow: pp ← &p:
./escape-index--cancelx.go:6:2:     from &p (address-of) at ./escape-index--cancelx.go:8:8
./escape-index--cancelx.go:6:2:     from pp := &p (assign) at ./escape-index--cancelx.go:8:5
./escape-index--cancelx.go:6:2:   flow: {heap} ← *pp:
./escape-index--cancelx.go:6:2:     from *pp (indirection) at ./escape-index--cancelx.go:9:9
./escape-index--cancelx.go:6:2:     from sink = *pp (assign) at ./escape-index--cancelx.go:9:7
./escape-index--cancelx.go:6:2: moved to heap: a
