./escape-goroutines--pipeline.go:7:27: out does not escape
./escape-goroutines--pipeline.go:16:10: &point{...} escapes to heap in producePointers:
./escape-goroutines--pipeline.go:16:10:   flow: {heap} ← &{storage for &point{...}}:
./escape-goroutines--pipeline.go:16:10:     from &point{...} (spill) at ./escape-goroutines--pipeline.go:16:10
./escape-goroutines--pipeline.go:16:10:     from out <- (&point{...}) (send) at ./escape-goroutines--pipeline.go:16:7
./escape-goroutines--pipeline.go:14:29: out does not escape
./escape-goroutines--pipeline.go:16:10: &point{...} escapes to heap
./escape-goroutines--pipeline.go:23:2: func literal escapes to heap in main:
./escape-goroutines--pipeline.go:23:2:   flow: {heap} ← &{storage for func literal}:
./escape-goroutines--pipeline.go:23:2:     from func literal (spill) at ./escape-goroutines--pipeline.go:23:2
./escape-goroutines--pipeline.go:29:2: func literal escapes to heap in main:
./escape-goroutines--pipeline.go:29:2:   flow: {heap} ← &{storage for func literal}:
./escape-goroutines--pipeline.go:29:2:     from func literal (spill) at ./escape-goroutines--pipeline.go:29:2
./escape-goroutines--pipeline.go:23:22: main capturing by value: .autotmp_1 (addr=false assign=false width=8)
./escape-goroutines--pipeline.go:29:24: main capturing by value: .autotmp_5 (addr=false assign=false width=8)
./escape-goroutines--pipeline.go:33:14: sum escapes to heap in main:
./escape-goroutines--pipeline.go:33:14:   flow: {storage for ... argument} ← &{storage for sum}:
./escape-goroutines--pipeline.go:33:14:     from sum (spill) at ./escape-goroutines--pipeline.go:33:14
./escape-goroutines--pipeline.go:33:14:     from ... argument (slice-literal-element) at ./escape-goroutines--pipeline.go:33:13
./escape-goroutines--pipeline.go:33:14:   flow: {heap} ← {storage for ... argument}:
./escape-goroutines--pipeline.go:33:14:     from ... argument (spill) at ./escape-goroutines--pipeline.go:33:13
./escape-goroutines--pipeline.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./escape-goroutines--pipeline.go:33:13
./escape-goroutines--pipeline.go:33:13: ... argument does not escape
./escape-goroutines--pipeline.go:33:14: sum escapes to heap
