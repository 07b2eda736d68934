./escape-goroutines--defercost.go:9:2: DeferOnce capturing by ref: x (addr=false assign=true width=8)
./escape-goroutines--defercost.go:10:8: func literal does not escape
./escape-goroutines--defercost.go:19:12: p does not escape
./escape-goroutines--defercost.go:16:14: DeferArgs capturing by value: .autotmp_1 (addr=false assign=false width=8)
./escape-goroutines--defercost.go:23:9: func literal escapes to heap in DeferInLoop:
./escape-goroutines--defercost.go:23:9:   flow: {heap} ← &{storage for func literal}:
./escape-goroutines--defercost.go:23:9:     from func literal (spill) at ./escape-goroutines--defercost.go:23:9
./escape-goroutines--defercost.go:22:6: DeferInLoop capturing by value: i (addr=false assign=false width=8)
./escape-goroutines--defercost.go:23:9: func literal escapes to heap
./escape-goroutines--defercost.go:29:9: func literal escapes to heap in DeferInLoopNoCapture:
./escape-goroutines--defercost.go:29:9:   flow: {heap} ← &{storage for func literal}:
./escape-goroutines--defercost.go:29:9:     from func literal (spill) at ./escape-goroutines--defercost.go:29:9
./escape-goroutines--defercost.go:29:9: func literal escapes to heap
