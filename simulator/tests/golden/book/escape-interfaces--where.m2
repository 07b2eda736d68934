./escape-interfaces--where.go:5:17: x does not escape
./escape-interfaces--where.go:10:11: parameter x leaks to {heap} for keep with derefs=0:
./escape-interfaces--where.go:10:11:   flow: {heap} ← x:
./escape-interfaces--where.go:10:11:     from sink = x (assign) at ./escape-interfaces--where.go:11:7
./escape-interfaces--where.go:10:11: leaking param: x
./escape-interfaces--where.go:15:9: v escapes to heap in wrap:
./escape-interfaces--where.go:15:9:   flow: ~r0 ← &{storage for v}:
./escape-interfaces--where.go:15:9:     from v (spill) at ./escape-interfaces--where.go:15:9
./escape-interfaces--where.go:15:9:     from return v (return) at ./escape-interfaces--where.go:15:2
./escape-interfaces--where.go:15:9: v escapes to heap
./escape-interfaces--where.go:21:9: v + 1 escapes to heap in main:
./escape-interfaces--where.go:21:9:   flow: {heap} ← &{storage for v + 1}:
./escape-interfaces--where.go:21:9:     from v + 1 (spill) at ./escape-interfaces--where.go:21:9
./escape-interfaces--where.go:21:9:     from keep(v + 1) (call parameter) at ./escape-interfaces--where.go:21:6
./escape-interfaces--where.go:20:17: 1000 does not escape
./escape-interfaces--where.go:21:9: v + 1 escapes to heap
./escape-interfaces--where.go:23:16: v * 2 does not escape
