./escape-index--forms.go:8:2: n escapes to heap in newCounter:
./escape-index--forms.go:8:2:   flow: ~r0 ← &n:
./escape-index--forms.go:8:2:     from &n (address-of) at ./escape-index--forms.go:9:9
./escape-index--forms.go:8:2:     from return &n (return) at ./escape-index--forms.go:9:2
./escape-index--forms.go:8:2: moved to heap: n
./escape-index--forms.go:12:11: parameter p leaks to {heap} for keep with derefs=0:
./escape-index--forms.go:12:11:   flow: {heap} ← p:
./escape-index--forms.go:12:11:     from sink = p (assign) at ./escape-index--forms.go:13:7
./escape-index--forms.go:12:11: leaking param: p
./escape-index--forms.go:16:11: parameter p leaks to ~r0 for pick with derefs=0:
./escape-index--forms.go:16:11:   flow: ~r0 ← p:
./escape-index--forms.go:16:11:     from return p (return) at ./escape-index--forms.go:17:2
./escape-index--forms.go:16:11: leaking param: p to result ~r0 level=0
./escape-index--forms.go:16:14: q does not escape
./escape-index--forms.go:20:12: parameter pr leaks to {heap} for first with derefs=1:
./escape-index--forms.go:20:12:   flow: {heap} ← *pr:
./escape-index--forms.go:20:12:     from pr.a (dot of pointer) at ./escape-index--forms.go:21:11
./escape-index--forms.go:20:12:     from sink = pr.a (assign) at ./escape-index--forms.go:21:7
./escape-index--forms.go:20:12: leaking param content: pr
./escape-index--forms.go:24:11: p does not escape
./escape-index--forms.go:29:2: x escapes to heap in main:
./escape-index--forms.go:29:2:   flow: {heap} ← &x:
./escape-index--forms.go:29:2:     from &x (address-of) at ./escape-index--forms.go:30:7
./escape-index--forms.go:29:2:     from keep(&x) (call parameter) at ./escape-index--forms.go:30:6
./escape-index--forms.go:32:2: u escapes to heap in main:
./escape-index--forms.go:32:2:   flow: {storage for &pair{...}} ← &u:
./escape-index--forms.go:32:2:     from &u (address-of) at ./escape-index--forms.go:33:14
./escape-index--forms.go:32:2:     from pair{...} (struct literal element) at ./escape-index--forms.go:33:13
./escape-index--forms.go:32:2:   flow: {heap} ← {storage for &pair{...}}:
./escape-index--forms.go:32:2:     from &pair{...} (spill) at ./escape-index--forms.go:33:8
./escape-index--forms.go:32:2:     from first(&pair{...}) (call parameter) at ./escape-index--forms.go:33:7
./escape-index--forms.go:32:5: v escapes to heap in main:
./escape-index--forms.go:32:5:   flow: {storage for &pair{...}} ← &v:
./escape-index--forms.go:32:5:     from &v (address-of) at ./escape-index--forms.go:33:18
./escape-index--forms.go:32:5:     from pair{...} (struct literal element) at ./escape-index--forms.go:33:13
./escape-index--forms.go:32:5:   flow: {heap} ← {storage for &pair{...}}:
./escape-index--forms.go:32:5:     from &pair{...} (spill) at ./escape-index--forms.go:33:8
./escape-index--forms.go:32:5:     from first(&pair{...}) (call parameter) at ./escape-index--forms.go:33:7
./escape-index--forms.go:29:2: moved to heap: x
./escape-index--forms.go:32:2: moved to heap: u
./escape-index--forms.go:32:5: moved to heap: v
./escape-index--forms.go:33:8: &pair{...} does not escape
