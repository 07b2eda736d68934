./escape-size--slicepassoff.go:12:13: append(s, i) escapes to heap in build:
./escape-size--slicepassoff.go:12:13:   flow: s ← &{storage for append(s, i)}:
./escape-size--slicepassoff.go:12:13:     from append(s, i) (spill) at ./escape-size--slicepassoff.go:12:13
./escape-size--slicepassoff.go:12:13:     from s = append(s, i) (assign) at ./escape-size--slicepassoff.go:12:5
./escape-size--slicepassoff.go:12:13:   flow: ~r0 ← s:
./escape-size--slicepassoff.go:12:13:     from return s (return) at ./escape-size--slicepassoff.go:14:2
./escape-size--slicepassoff.go:12:13: append escapes to heap
./escape-size--slicepassoff.go:20:13: append(s, i) escapes to heap in buildShared:
./escape-size--slicepassoff.go:20:13:   flow: s ← &{storage for append(s, i)}:
./escape-size--slicepassoff.go:20:13:     from append(s, i) (spill) at ./escape-size--slicepassoff.go:20:13
./escape-size--slicepassoff.go:20:13:     from s = append(s, i) (assign) at ./escape-size--slicepassoff.go:20:5
./escape-size--slicepassoff.go:20:13:   flow: {heap} ← s:
./escape-size--slicepassoff.go:20:13:     from also = s (assign) at ./escape-size--slicepassoff.go:22:7
./escape-size--slicepassoff.go:20:13: append escapes to heap
./escape-size--slicepassoff.go:29:13: append(s, i) escapes to heap in buildAddr:
./escape-size--slicepassoff.go:29:13:   flow: s ← &{storage for append(s, i)}:
./escape-size--slicepassoff.go:29:13:     from append(s, i) (spill) at ./escape-size--slicepassoff.go:29:13
./escape-size--slicepassoff.go:29:13:     from s = append(s, i) (assign) at ./escape-size--slicepassoff.go:29:5
./escape-size--slicepassoff.go:29:13:   flow: ~r0 ← s:
./escape-size--slicepassoff.go:29:13:     from return s (return) at ./escape-size--slicepassoff.go:33:2
./escape-size--slicepassoff.go:29:13: append escapes to heap
