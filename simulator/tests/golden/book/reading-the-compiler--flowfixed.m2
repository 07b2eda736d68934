./reading-the-compiler--flowfixed.go:12:15: parameter batch leaks to {heap} for remember with derefs=2:
./reading-the-compiler--flowfixed.go:12:15:   flow: {heap} ← **batch:
./reading-the-compiler--flowfixed.go:12:15:     from batch[len(batch) - 1] (dot of pointer) at ./reading-the-compiler--flowfixed.go:13:17
./reading-the-compiler--flowfixed.go:12:15:     from *batch[len(batch) - 1] (indirection) at ./reading-the-compiler--flowfixed.go:13:11
./reading-the-compiler--flowfixed.go:12:15:     from latest = *batch[len(batch) - 1] (assign) at ./reading-the-compiler--flowfixed.go:13:9
./reading-the-compiler--flowfixed.go:12:15: leaking param content: batch
./reading-the-compiler--flowfixed.go:19:21: []*request{...} does not escape
./reading-the-compiler--flowfixed.go:26:14: n escapes to heap in main:
./reading-the-compiler--flowfixed.go:26:14:   flow: {storage for ... argument} ← &{storage for n}:
./reading-the-compiler--flowfixed.go:26:14:     from n (spill) at ./reading-the-compiler--flowfixed.go:26:14
./reading-the-compiler--flowfixed.go:26:14:     from ... argument (slice-literal-element) at ./reading-the-compiler--flowfixed.go:26:13
./reading-the-compiler--flowfixed.go:26:14:   flow: {heap} ← {storage for ... argument}:
./reading-the-compiler--flowfixed.go:26:14:     from ... argument (spill) at ./reading-the-compiler--flowfixed.go:26:13
./reading-the-compiler--flowfixed.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./reading-the-compiler--flowfixed.go:26:13
./reading-the-compiler--flowfixed.go:26:13: ... argument does not escape
./reading-the-compiler--flowfixed.go:26:14: n escapes to heap
