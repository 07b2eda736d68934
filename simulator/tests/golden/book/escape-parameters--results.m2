./escape-parameters--results.go:7:12: parameter p leaks to r for named with derefs=0:
./escape-parameters--results.go:7:12:   flow: r ← p:
./escape-parameters--results.go:7:12:     from r = p (assign) at ./escape-parameters--results.go:8:4
./escape-parameters--results.go:7:12: leaking param: p to result r level=0
./escape-parameters--results.go:12:11: parameter a leaks to ~r1 for swap with derefs=0:
./escape-parameters--results.go:12:11:   flow: ~r1 ← a:
./escape-parameters--results.go:12:11:     from return b, a (return) at ./escape-parameters--results.go:12:37
./escape-parameters--results.go:12:14: parameter b leaks to ~r0 for swap with derefs=0:
./escape-parameters--results.go:12:14:   flow: ~r0 ← b:
./escape-parameters--results.go:12:14:     from return b, a (return) at ./escape-parameters--results.go:12:37
./escape-parameters--results.go:12:11: leaking param: a to result ~r1 level=0
./escape-parameters--results.go:12:14: leaking param: b to result ~r0 level=0
./escape-parameters--results.go:14:11: parameter p leaks to y for both with derefs=0:
./escape-parameters--results.go:14:11:   flow: y ← p:
./escape-parameters--results.go:14:11:     from return p, p (return) at ./escape-parameters--results.go:14:33
./escape-parameters--results.go:14:11: parameter p leaks to x for both with derefs=0:
./escape-parameters--results.go:14:11:   flow: x ← p:
./escape-parameters--results.go:14:11:     from return p, p (return) at ./escape-parameters--results.go:14:33
./escape-parameters--results.go:14:11: leaking param: p to result x level=0
./escape-parameters--results.go:14:11: leaking param: p to result y level=0
./escape-parameters--results.go:16:12: parameter b leaks to ~r0 for field with derefs=1:
./escape-parameters--results.go:16:12:   flow: ~r0 ← *b:
./escape-parameters--results.go:16:12:     from b.v (dot of pointer) at ./escape-parameters--results.go:16:35
./escape-parameters--results.go:16:12:     from return b.v (return) at ./escape-parameters--results.go:16:27
./escape-parameters--results.go:16:12: leaking param: b to result ~r0 level=1
./escape-parameters--results.go:18:16: parameter pp leaks to {heap} for published with derefs=1:
./escape-parameters--results.go:18:16:   flow: {heap} ← *pp:
./escape-parameters--results.go:18:16:     from *pp (indirection) at ./escape-parameters--results.go:19:9
./escape-parameters--results.go:18:16:     from sink = *pp (assign) at ./escape-parameters--results.go:19:7
./escape-parameters--results.go:18:16: parameter pp leaks to ~r0 for published with derefs=1:
./escape-parameters--results.go:18:16:   flow: ~r0 ← *pp:
./escape-parameters--results.go:18:16:     from *pp (indirection) at ./escape-parameters--results.go:20:9
./escape-parameters--results.go:18:16:     from return *pp (return) at ./escape-parameters--results.go:20:2
./escape-parameters--results.go:18:16: leaking param content: pp
./escape-parameters--results.go:24:2: n escapes to heap in main:
./escape-parameters--results.go:24:2:   flow: bx ← &n:
./escape-parameters--results.go:24:2:     from &n (address-of) at ./escape-parameters--results.go:25:12
./escape-parameters--results.go:24:2:     from box{...} (struct literal element) at ./escape-parameters--results.go:25:11
./escape-parameters--results.go:24:2:     from bx := box{...} (assign) at ./escape-parameters--results.go:25:5
./escape-parameters--results.go:24:2:   flow: {heap} ← bx:
./escape-parameters--results.go:24:2:     from &bx (address-of) at ./escape-parameters--results.go:26:15
./escape-parameters--results.go:24:2:     from field(&bx) (call parameter) at ./escape-parameters--results.go:26:14
./escape-parameters--results.go:24:2:     from sink = field(&bx) (assign) at ./escape-parameters--results.go:26:7
./escape-parameters--results.go:24:2: moved to heap: n
