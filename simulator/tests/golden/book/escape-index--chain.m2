./escape-index--chain.go:6:2: x escapes to heap in main:
./escape-index--chain.go:6:2:   flow: p ← &x:
./escape-index--chain.go:6:2:     from &x (address-of) at ./escape-index--chain.go:7:7
./escape-index--chain.go:6:2:     from p := &x (assign) at ./escape-index--chain.go:7:4
./escape-index--chain.go:6:2:   flow: q ← p:
./escape-index--chain.go:6:2:     from q := p (assign) at ./escape-index--chain.go:8:4
./escape-index--chain.go:6:2:   flow: {heap} ← q:
./escape-index--chain.go:6:2:     from sink = q (assign) at ./escape-index--chain.go:9:7
./escape-index--chain.go:6:2: moved to heap: x
