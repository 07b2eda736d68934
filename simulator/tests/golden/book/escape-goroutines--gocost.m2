./escape-goroutines--gocost.go:14:14: p does not escape
./escape-goroutines--gocost.go:25:2: func literal escapes to heap in GoTwoArgs:
./escape-goroutines--gocost.go:25:2:   flow: {heap} ← &{storage for func literal}:
./escape-goroutines--gocost.go:25:2:     from func literal (spill) at ./escape-goroutines--gocost.go:25:2
./escape-goroutines--gocost.go:25:2: GoTwoArgs capturing by value: .autotmp_0 (addr=false assign=false width=8)
./escape-goroutines--gocost.go:25:19: GoTwoArgs capturing by value: .autotmp_1 (addr=false assign=false width=8)
./escape-goroutines--gocost.go:31:2: func literal escapes to heap in GoPointerToLocal:
./escape-goroutines--gocost.go:31:2:   flow: {heap} ← &{storage for func literal}:
./escape-goroutines--gocost.go:31:2:     from func literal (spill) at ./escape-goroutines--gocost.go:31:2
./escape-goroutines--gocost.go:31:13: GoPointerToLocal capturing by value: .autotmp_1 (addr=false assign=false width=8)
./escape-goroutines--gocost.go:30:2: x escapes to heap in GoPointerToLocal:
./escape-goroutines--gocost.go:30:2:   flow: .autotmp_1 ← &x:
./escape-goroutines--gocost.go:30:2:     from &x (address-of) at ./escape-goroutines--gocost.go:31:13
./escape-goroutines--gocost.go:30:2:     from .autotmp_1 = &x (assign-pair) at ./escape-goroutines--gocost.go:31:2
./escape-goroutines--gocost.go:30:2:   flow: {storage for func literal} ← .autotmp_1:
./escape-goroutines--gocost.go:30:2:     from .autotmp_1 (captured by a closure) at ./escape-goroutines--gocost.go:31:13
./escape-goroutines--gocost.go:30:2: moved to heap: x
./escape-goroutines--gocost.go:36:5: func literal escapes to heap in GoNoCapture:
./escape-goroutines--gocost.go:36:5:   flow: {heap} ← &{storage for func literal}:
./escape-goroutines--gocost.go:36:5:     from func literal (spill) at ./escape-goroutines--gocost.go:36:5
./escape-goroutines--gocost.go:36:5: func literal escapes to heap
./escape-goroutines--gocost.go:42:3: func literal escapes to heap in GoLoop:
./escape-goroutines--gocost.go:42:3:   flow: {heap} ← &{storage for func literal}:
./escape-goroutines--gocost.go:42:3:     from func literal (spill) at ./escape-goroutines--gocost.go:42:3
./escape-goroutines--gocost.go:42:3: GoLoop capturing by value: .autotmp_1 (addr=false assign=false width=8)
