./escape-containers--maps.go:7:2: k1 escapes to heap in maps:
./escape-containers--maps.go:7:2:   flow: {heap} ← &k1:
./escape-containers--maps.go:7:2:     from &k1 (address-of) at ./escape-containers--maps.go:8:4
./escape-containers--maps.go:7:2:     from m[&k1] (key of map put) at ./escape-containers--maps.go:8:3
./escape-containers--maps.go:7:6: v1 escapes to heap in maps:
./escape-containers--maps.go:7:6:   flow: {heap} ← &v1:
./escape-containers--maps.go:7:6:     from &v1 (address-of) at ./escape-containers--maps.go:8:11
./escape-containers--maps.go:7:6:     from m[&k1] = &v1 (assign) at ./escape-containers--maps.go:8:9
./escape-containers--maps.go:13:15: make(map[string]int) escapes to heap in maps:
./escape-containers--maps.go:13:15:   flow: {heap} ← &{storage for make(map[string]int)}:
./escape-containers--maps.go:13:15:     from make(map[string]int) (spill) at ./escape-containers--maps.go:13:15
./escape-containers--maps.go:13:15:     from shared = make(map[string]int) (assign) at ./escape-containers--maps.go:13:9
./escape-containers--maps.go:7:2: moved to heap: k1
./escape-containers--maps.go:7:6: moved to heap: v1
./escape-containers--maps.go:6:11: make(map[*int]*int) does not escape
./escape-containers--maps.go:13:15: make(map[string]int) escapes to heap
