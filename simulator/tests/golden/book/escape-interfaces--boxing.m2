./escape-interfaces--boxing.go:8:9: n escapes to heap in conv:
./escape-interfaces--boxing.go:8:9:   flow: {heap} ← &{storage for n}:
./escape-interfaces--boxing.go:8:9:     from n (spill) at ./escape-interfaces--boxing.go:8:9
./escape-interfaces--boxing.go:8:9:     from sink = n (assign) at ./escape-interfaces--boxing.go:8:7
./escape-interfaces--boxing.go:9:9: s escapes to heap in conv:
./escape-interfaces--boxing.go:9:9:   flow: {heap} ← &{storage for s}:
./escape-interfaces--boxing.go:9:9:     from s (spill) at ./escape-interfaces--boxing.go:9:9
./escape-interfaces--boxing.go:9:9:     from sink = s (assign) at ./escape-interfaces--boxing.go:9:7
./escape-interfaces--boxing.go:11:9: t escapes to heap in conv:
./escape-interfaces--boxing.go:11:9:   flow: {heap} ← &{storage for t}:
./escape-interfaces--boxing.go:11:9:     from t (spill) at ./escape-interfaces--boxing.go:11:9
./escape-interfaces--boxing.go:11:9:     from sink = t (assign) at ./escape-interfaces--boxing.go:11:7
./escape-interfaces--boxing.go:12:9: sl escapes to heap in conv:
./escape-interfaces--boxing.go:12:9:   flow: {heap} ← &{storage for sl}:
./escape-interfaces--boxing.go:12:9:     from sl (spill) at ./escape-interfaces--boxing.go:12:9
./escape-interfaces--boxing.go:12:9:     from sink = sl (assign) at ./escape-interfaces--boxing.go:12:7
./escape-interfaces--boxing.go:7:28: parameter p leaks to {heap} for conv with derefs=0:
./escape-interfaces--boxing.go:7:28:   flow: {heap} ← p:
./escape-interfaces--boxing.go:7:28:     from p (interface-converted) at ./escape-interfaces--boxing.go:10:9
./escape-interfaces--boxing.go:7:28:     from sink = p (assign) at ./escape-interfaces--boxing.go:10:7
./escape-interfaces--boxing.go:7:54: parameter m leaks to {heap} for conv with derefs=0:
./escape-interfaces--boxing.go:7:54:   flow: {heap} ← m:
./escape-interfaces--boxing.go:7:54:     from m (interface-converted) at ./escape-interfaces--boxing.go:13:9
./escape-interfaces--boxing.go:7:54:     from sink = m (assign) at ./escape-interfaces--boxing.go:13:7
./escape-interfaces--boxing.go:7:69: parameter f leaks to {heap} for conv with derefs=0:
./escape-interfaces--boxing.go:7:69:   flow: {heap} ← f:
./escape-interfaces--boxing.go:7:69:     from f (interface-converted) at ./escape-interfaces--boxing.go:14:9
./escape-interfaces--boxing.go:7:69:     from sink = f (assign) at ./escape-interfaces--boxing.go:14:7
./escape-interfaces--boxing.go:7:44: parameter sl leaks to {storage for sl} for conv with derefs=0:
./escape-interfaces--boxing.go:7:44:   flow: {storage for sl} ← sl:
./escape-interfaces--boxing.go:7:44:     from sl (interface-converted) at ./escape-interfaces--boxing.go:12:9
./escape-interfaces--boxing.go:7:18: parameter s leaks to {storage for s} for conv with derefs=0:
./escape-interfaces--boxing.go:7:18:   flow: {storage for s} ← s:
./escape-interfaces--boxing.go:7:18:     from s (interface-converted) at ./escape-interfaces--boxing.go:9:9
./escape-interfaces--boxing.go:7:18: leaking param: s
./escape-interfaces--boxing.go:7:28: leaking param: p
./escape-interfaces--boxing.go:7:44: leaking param: sl
./escape-interfaces--boxing.go:7:54: leaking param: m
./escape-interfaces--boxing.go:7:69: leaking param: f
./escape-interfaces--boxing.go:8:9: n escapes to heap
./escape-interfaces--boxing.go:9:9: s escapes to heap
./escape-interfaces--boxing.go:11:9: t escapes to heap
./escape-interfaces--boxing.go:12:9: sl escapes to heap
./escape-interfaces--boxing.go:18:14: n does not escape
