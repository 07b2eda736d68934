./reading-the-compiler--flow.go:12:15: parameter batch leaks to {heap} for remember with derefs=1:
./reading-the-compiler--flow.go:12:15:   flow: {heap} ← *batch:
./reading-the-compiler--flow.go:12:15:     from batch[len(batch) - 1] (dot of pointer) at ./reading-the-compiler--flow.go:13:16
./reading-the-compiler--flow.go:12:15:     from latest = batch[len(batch) - 1] (assign) at ./reading-the-compiler--flow.go:13:9
./reading-the-compiler--flow.go:12:15: leaking param content: batch
./reading-the-compiler--flow.go:17:2: r escapes to heap in handle:
./reading-the-compiler--flow.go:17:2:   flow: p ← &r:
./reading-the-compiler--flow.go:17:2:     from &r (address-of) at ./reading-the-compiler--flow.go:18:7
./reading-the-compiler--flow.go:17:2:     from p := &r (assign) at ./reading-the-compiler--flow.go:18:4
./reading-the-compiler--flow.go:17:2:   flow: {storage for []*request{...}} ← p:
./reading-the-compiler--flow.go:17:2:     from []*request{...} (slice-literal-element) at ./reading-the-compiler--flow.go:19:21
./reading-the-compiler--flow.go:17:2:   flow: batch ← &{storage for []*request{...}}:
./reading-the-compiler--flow.go:17:2:     from []*request{...} (spill) at ./reading-the-compiler--flow.go:19:21
./reading-the-compiler--flow.go:17:2:     from batch := []*request{...} (assign) at ./reading-the-compiler--flow.go:19:8
./reading-the-compiler--flow.go:17:2:   flow: {heap} ← *batch:
./reading-the-compiler--flow.go:17:2:     from remember(batch) (call parameter) at ./reading-the-compiler--flow.go:20:10
./reading-the-compiler--flow.go:17:2: moved to heap: r
./reading-the-compiler--flow.go:19:21: []*request{...} does not escape
./reading-the-compiler--flow.go:26:14: n escapes to heap in main:
./reading-the-compiler--flow.go:26:14:   flow: {storage for ... argument} ← &{storage for n}:
./reading-the-compiler--flow.go:26:14:     from n (spill) at ./reading-the-compiler--flow.go:26:14
./reading-the-compiler--flow.go:26:14:     from ... argument (slice-literal-element) at ./reading-the-compiler--flow.go:26:13
./reading-the-compiler--flow.go:26:14:   flow: {heap} ← {storage for ... argument}:
./reading-the-compiler--flow.go:26:14:     from ... argument (spill) at ./reading-the-compiler--flow.go:26:13
./reading-the-compiler--flow.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./reading-the-compiler--flow.go:26:13
./reading-the-compiler--flow.go:26:13: ... argument does not escape
./reading-the-compiler--flow.go:26:14: n escapes to heap
