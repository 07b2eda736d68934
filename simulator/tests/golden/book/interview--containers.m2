./interview--containers.go:6:5: b escapes to heap in main:
./interview--containers.go:6:5:   flow: {heap} ← &b:
./interview--containers.go:6:5:     from &b (address-of) at ./interview--containers.go:10:9
./interview--containers.go:6:5:     from s[0] = &b (assign) at ./interview--containers.go:10:7
./interview--containers.go:6:8: c escapes to heap in main:
./interview--containers.go:6:8:   flow: {heap} ← &c:
./interview--containers.go:6:8:     from &c (address-of) at ./interview--containers.go:12:11
./interview--containers.go:6:8:     from m["c"] = &c (assign) at ./interview--containers.go:12:9
./interview--containers.go:13:30: *arr[0] + *s[0] + *m["c"] escapes to heap in main:
./interview--containers.go:13:30:   flow: {storage for ... argument} ← &{storage for *arr[0] + *s[0] + *m["c"]}:
./interview--containers.go:13:30:     from *arr[0] + *s[0] + *m["c"] (spill) at ./interview--containers.go:13:30
./interview--containers.go:13:30:     from ... argument (slice-literal-element) at ./interview--containers.go:13:13
./interview--containers.go:13:30:   flow: {heap} ← {storage for ... argument}:
./interview--containers.go:13:30:     from ... argument (spill) at ./interview--containers.go:13:13
./interview--containers.go:13:30:     from fmt.Println(... argument...) (call parameter) at ./interview--containers.go:13:13
./interview--containers.go:6:5: moved to heap: b
./interview--containers.go:6:8: moved to heap: c
./interview--containers.go:9:11: make([]*int, 1) does not escape
./interview--containers.go:11:22: map[string]*int{} does not escape
./interview--containers.go:13:13: ... argument does not escape
./interview--containers.go:13:30: *arr[0] + *s[0] + *m["c"] escapes to heap
