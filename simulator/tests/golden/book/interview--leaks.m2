./interview--leaks.go:7:11: parameter p leaks to {heap} for keep with derefs=0:
./interview--leaks.go:7:11:   flow: {heap} ← p:
./interview--leaks.go:7:11:     from saved = p (assign) at ./interview--leaks.go:8:8
./interview--leaks.go:7:11: leaking param: p
./interview--leaks.go:11:17: parameter pp leaks to {heap} for keepTarget with derefs=1:
./interview--leaks.go:11:17:   flow: {heap} ← *pp:
./interview--leaks.go:11:17:     from *pp (indirection) at ./interview--leaks.go:12:10
./interview--leaks.go:11:17:     from saved = *pp (assign) at ./interview--leaks.go:12:8
./interview--leaks.go:11:17: leaking param content: pp
./interview--leaks.go:15:11: p does not escape
./interview--leaks.go:20:2: a escapes to heap in main:
./interview--leaks.go:20:2:   flow: {heap} ← &a:
./interview--leaks.go:20:2:     from &a (address-of) at ./interview--leaks.go:22:7
./interview--leaks.go:20:2:     from keep(&a) (call parameter) at ./interview--leaks.go:22:6
./interview--leaks.go:20:5: b escapes to heap in main:
./interview--leaks.go:20:5:   flow: pb ← &b:
./interview--leaks.go:20:5:     from &b (address-of) at ./interview--leaks.go:21:8
./interview--leaks.go:20:5:     from pb := &b (assign) at ./interview--leaks.go:21:5
./interview--leaks.go:20:5:   flow: {heap} ← pb:
./interview--leaks.go:20:5:     from &pb (address-of) at ./interview--leaks.go:23:13
./interview--leaks.go:20:5:     from keepTarget(&pb) (call parameter) at ./interview--leaks.go:23:12
./interview--leaks.go:24:18: read(&c) escapes to heap in main:
./interview--leaks.go:24:18:   flow: {storage for ... argument} ← &{storage for read(&c)}:
./interview--leaks.go:24:18:     from read(&c) (spill) at ./interview--leaks.go:24:18
./interview--leaks.go:24:18:     from ... argument (slice-literal-element) at ./interview--leaks.go:24:13
./interview--leaks.go:24:18:   flow: {heap} ← {storage for ... argument}:
./interview--leaks.go:24:18:     from ... argument (spill) at ./interview--leaks.go:24:13
./interview--leaks.go:24:18:     from fmt.Println(... argument...) (call parameter) at ./interview--leaks.go:24:13
./interview--leaks.go:24:24: *saved escapes to heap in main:
./interview--leaks.go:24:24:   flow: {storage for ... argument} ← &{storage for *saved}:
./interview--leaks.go:24:24:     from *saved (spill) at ./interview--leaks.go:24:24
./interview--leaks.go:24:24:     from ... argument (slice-literal-element) at ./interview--leaks.go:24:13
./interview--leaks.go:24:24:   flow: {heap} ← {storage for ... argument}:
./interview--leaks.go:24:24:     from ... argument (spill) at ./interview--leaks.go:24:13
./interview--leaks.go:24:24:     from fmt.Println(... argument...) (call parameter) at ./interview--leaks.go:24:13
./interview--leaks.go:20:2: moved to heap: a
./interview--leaks.go:20:5: moved to heap: b
./interview--leaks.go:24:13: ... argument does not escape
./interview--leaks.go:24:18: read(&c) escapes to heap
./interview--leaks.go:24:24: *saved escapes to heap
