./escape-goroutines--pipecost.go:7:27: out does not escape
./escape-goroutines--pipecost.go:16:10: &point{...} escapes to heap in producePointers:
./escape-goroutines--pipecost.go:16:10:   flow: {heap} ← &{storage for &point{...}}:
./escape-goroutines--pipecost.go:16:10:     from &point{...} (spill) at ./escape-goroutines--pipecost.go:16:10
./escape-goroutines--pipecost.go:16:10:     from out <- (&point{...}) (send) at ./escape-goroutines--pipecost.go:16:7
./escape-goroutines--pipecost.go:14:29: out does not escape
./escape-goroutines--pipecost.go:16:10: &point{...} escapes to heap
./escape-goroutines--pipecost.go:23:2: func literal escapes to heap in Values:
./escape-goroutines--pipecost.go:23:2:   flow: {heap} ← &{storage for func literal}:
./escape-goroutines--pipecost.go:23:2:     from func literal (spill) at ./escape-goroutines--pipecost.go:23:2
./escape-goroutines--pipecost.go:23:24: Values capturing by value: .autotmp_1 (addr=false assign=false width=8)
./escape-goroutines--pipecost.go:31:2: func literal escapes to heap in Pointers:
./escape-goroutines--pipecost.go:31:2:   flow: {heap} ← &{storage for func literal}:
./escape-goroutines--pipecost.go:31:2:     from func literal (spill) at ./escape-goroutines--pipecost.go:31:2
./escape-goroutines--pipecost.go:31:26: Pointers capturing by value: .autotmp_1 (addr=false assign=false width=8)
