./escape-containers--appends.go:7:12: append does not escape
./escape-containers--appends.go:12:23: new(int) escapes to heap in global:
./escape-containers--appends.go:12:23:   flow: {heap} ← &{storage for new(int)}:
./escape-containers--appends.go:12:23:     from new(int) (spill) at ./escape-containers--appends.go:12:23
./escape-containers--appends.go:12:23:     from append(all, new(int)) (call parameter) at ./escape-containers--appends.go:12:14
./escape-containers--appends.go:12:14: append(all, new(int)) escapes to heap in global:
./escape-containers--appends.go:12:14:   flow: {heap} ← &{storage for append(all, new(int))}:
./escape-containers--appends.go:12:14:     from append(all, new(int)) (spill) at ./escape-containers--appends.go:12:14
./escape-containers--appends.go:12:14:     from all = append(all, new(int)) (assign) at ./escape-containers--appends.go:12:6
./escape-containers--appends.go:12:23: new(int) escapes to heap
./escape-containers--appends.go:12:14: append escapes to heap
./escape-containers--appends.go:16:2: x escapes to heap in pointers:
./escape-containers--appends.go:16:2:   flow: {heap} ← &x:
./escape-containers--appends.go:16:2:     from &x (address-of) at ./escape-containers--appends.go:18:18
./escape-containers--appends.go:16:2:     from append(ps, &x) (call parameter) at ./escape-containers--appends.go:18:13
./escape-containers--appends.go:16:2: moved to heap: x
./escape-containers--appends.go:18:13: append does not escape
