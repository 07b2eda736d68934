./interview--results.go:5:15: parameter p leaks to ~r0 for identity with derefs=0:
./interview--results.go:5:15:   flow: ~r0 ← p:
./interview--results.go:5:15:     from return p (return) at ./interview--results.go:6:2
./interview--results.go:5:15: leaking param: p to result ~r0 level=0
./interview--results.go:9:12: parameter pp leaks to ~r0 for deref with derefs=1:
./interview--results.go:9:12:   flow: ~r0 ← *pp:
./interview--results.go:9:12:     from *pp (indirection) at ./interview--results.go:10:9
./interview--results.go:9:12:     from return *pp (return) at ./interview--results.go:10:2
./interview--results.go:9:12: leaking param: pp to result ~r0 level=1
./interview--results.go:18:17: *a + *b escapes to heap in main:
./interview--results.go:18:17:   flow: {storage for ... argument} ← &{storage for *a + *b}:
./interview--results.go:18:17:     from *a + *b (spill) at ./interview--results.go:18:17
./interview--results.go:18:17:     from ... argument (slice-literal-element) at ./interview--results.go:18:13
./interview--results.go:18:17:   flow: {heap} ← {storage for ... argument}:
./interview--results.go:18:17:     from ... argument (spill) at ./interview--results.go:18:13
./interview--results.go:18:17:     from fmt.Println(... argument...) (call parameter) at ./interview--results.go:18:13
./interview--results.go:18:13: ... argument does not escape
./interview--results.go:18:17: *a + *b escapes to heap
