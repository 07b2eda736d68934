./escape-parameters--recursion.go:5:12: parameter p leaks to ~r0 for depth with derefs=0:
./escape-parameters--recursion.go:5:12:   flow: ~r0 ← p:
./escape-parameters--recursion.go:5:12:     from return p (return) at ./escape-parameters--recursion.go:7:3
./escape-parameters--recursion.go:5:12: leaking param: p to result ~r0 level=0
./escape-parameters--recursion.go:19:17: parameter p leaks to {heap} for odd with derefs=0:
./escape-parameters--recursion.go:19:17:   flow: {heap} ← p:
./escape-parameters--recursion.go:19:17:     from sink = p (assign) at ./escape-parameters--recursion.go:21:8
./escape-parameters--recursion.go:12:18: parameter p leaks to {heap} for even with derefs=0:
./escape-parameters--recursion.go:12:18:   flow: p ← p:
./escape-parameters--recursion.go:12:18:     from odd(n - 1, p) (call parameter) at ./escape-parameters--recursion.go:16:12
./escape-parameters--recursion.go:12:18:   flow: {heap} ← p:
./escape-parameters--recursion.go:12:18:     from sink = p (assign) at ./escape-parameters--recursion.go:21:8
./escape-parameters--recursion.go:12:18: leaking param: p
./escape-parameters--recursion.go:19:17: leaking param: p
./escape-parameters--recursion.go:30:2: y escapes to heap in main:
./escape-parameters--recursion.go:30:2:   flow: {heap} ← &y:
./escape-parameters--recursion.go:30:2:     from &y (address-of) at ./escape-parameters--recursion.go:31:14
./escape-parameters--recursion.go:30:2:     from even(4, &y) (call parameter) at ./escape-parameters--recursion.go:31:10
./escape-parameters--recursion.go:30:2: moved to heap: y
