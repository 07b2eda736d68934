./escape-index--order.go:24:2: d escapes to heap in third:
./escape-index--order.go:24:2:   flow: {heap} ← &d:
./escape-index--order.go:24:2:     from &d (address-of) at ./escape-index--order.go:25:9
./escape-index--order.go:24:2:     from sink = &d (assign) at ./escape-index--order.go:25:7
./escape-index--order.go:24:2: moved to heap: d
./escape-index--order.go:18:2: c escapes to heap in second:
./escape-index--order.go:18:2:   flow: {heap} ← &c:
./escape-index--order.go:18:2:     from &c (address-of) at ./escape-index--order.go:19:9
./escape-index--order.go:18:2:     from sink = &c (assign) at ./escape-index--order.go:19:7
./escape-index--order.go:18:2: moved to heap: c
./escape-index--order.go:13:2: b escapes to heap in first:
./escape-index--order.go:13:2:   flow: {heap} ← &b:
./escape-index--order.go:13:2:     from &b (address-of) at ./escape-index--order.go:14:9
./escape-index--order.go:13:2:     from sink = &b (assign) at ./escape-index--order.go:14:7
./escape-index--order.go:13:2: moved to heap: b
./escape-index--order.go:6:2: a escapes to heap in main:
./escape-index--order.go:6:2:   flow: {heap} ← &a:
./escape-index--order.go:6:2:     from &a (address-of) at ./escape-index--order.go:7:9
./escape-index--order.go:6:2:     from sink = &a (assign) at ./escape-index--order.go:7:7
./escape-index--order.go:6:2: moved to heap: a
