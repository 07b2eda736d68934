./interview--receivers.go:9:7: c does not escape
./interview--receivers.go:14:19: append(registry, c) escapes to heap in (*counter).register:
./interview--receivers.go:14:19:   flow: {heap} ← &{storage for append(registry, c)}:
./interview--receivers.go:14:19:     from append(registry, c) (spill) at ./interview--receivers.go:14:19
./interview--receivers.go:14:19:     from registry = append(registry, c) (assign) at ./interview--receivers.go:14:11
./interview--receivers.go:13:7: parameter c leaks to {heap} for (*counter).register with derefs=0:
./interview--receivers.go:13:7:   flow: {heap} ← c:
./interview--receivers.go:13:7:     from append(registry, c) (call parameter) at ./interview--receivers.go:14:19
./interview--receivers.go:13:7: leaking param: c
./interview--receivers.go:14:19: append escapes to heap
./interview--receivers.go:20:2: b escapes to heap in main:
./interview--receivers.go:20:2:   flow: {heap} ← &b:
./interview--receivers.go:20:2:     from b (address-of) at ./interview--receivers.go:21:3
./interview--receivers.go:20:2:     from (*counter).register(b) (call parameter) at ./interview--receivers.go:21:12
./interview--receivers.go:22:15: a.n escapes to heap in main:
./interview--receivers.go:22:15:   flow: {storage for ... argument} ← &{storage for a.n}:
./interview--receivers.go:22:15:     from a.n (spill) at ./interview--receivers.go:22:15
./interview--receivers.go:22:15:     from ... argument (slice-literal-element) at ./interview--receivers.go:22:13
./interview--receivers.go:22:15:   flow: {heap} ← {storage for ... argument}:
./interview--receivers.go:22:15:     from ... argument (spill) at ./interview--receivers.go:22:13
./interview--receivers.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./interview--receivers.go:22:13
./interview--receivers.go:22:22: len(registry) escapes to heap in main:
./interview--receivers.go:22:22:   flow: {storage for ... argument} ← &{storage for len(registry)}:
./interview--receivers.go:22:22:     from len(registry) (spill) at ./interview--receivers.go:22:22
./interview--receivers.go:22:22:     from ... argument (slice-literal-element) at ./interview--receivers.go:22:13
./interview--receivers.go:22:22:   flow: {heap} ← {storage for ... argument}:
./interview--receivers.go:22:22:     from ... argument (spill) at ./interview--receivers.go:22:13
./interview--receivers.go:22:22:     from fmt.Println(... argument...) (call parameter) at ./interview--receivers.go:22:13
./interview--receivers.go:20:2: moved to heap: b
./interview--receivers.go:22:13: ... argument does not escape
./interview--receivers.go:22:15: a.n escapes to heap
./interview--receivers.go:22:22: len(registry) escapes to heap
