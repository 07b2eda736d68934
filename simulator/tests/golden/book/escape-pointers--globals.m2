./escape-pointers--globals.go:14:2: x escapes to heap in setCurrent:
./escape-pointers--globals.go:14:2:   flow: {heap} ← &x:
./escape-pointers--globals.go:14:2:     from &x (address-of) at ./escape-pointers--globals.go:15:12
./escape-pointers--globals.go:14:2:     from current = &x (assign) at ./escape-pointers--globals.go:15:10
./escape-pointers--globals.go:14:2: moved to heap: x
./escape-pointers--globals.go:19:2: s escapes to heap in setName:
./escape-pointers--globals.go:19:2:   flow: {heap} ← &s:
./escape-pointers--globals.go:19:2:     from &s (address-of) at ./escape-pointers--globals.go:20:13
./escape-pointers--globals.go:19:2:     from cfg.name = &s (assign) at ./escape-pointers--globals.go:20:11
./escape-pointers--globals.go:19:2: moved to heap: s
./escape-pointers--globals.go:24:2: y escapes to heap in setSlot:
./escape-pointers--globals.go:24:2:   flow: {heap} ← &y:
./escape-pointers--globals.go:24:2:     from &y (address-of) at ./escape-pointers--globals.go:25:13
./escape-pointers--globals.go:24:2:     from table[0] = &y (assign) at ./escape-pointers--globals.go:25:11
./escape-pointers--globals.go:24:2: moved to heap: y
