./escape-size--slicepass.go:12:13: append(s, i) escapes to heap in build:
./escape-size--slicepass.go:12:13:   flow: s ← &{storage for append(s, i)}:
./escape-size--slicepass.go:12:13:     from append(s, i) (spill) at ./escape-size--slicepass.go:12:13
./escape-size--slicepass.go:12:13:     from s = append(s, i) (assign) at ./escape-size--slicepass.go:12:5
./escape-size--slicepass.go:12:13:   flow: ~r0 ← s:
./escape-size--slicepass.go:12:13:     from return s (return) at ./escape-size--slicepass.go:14:2
./escape-size--slicepass.go:12:13: append escapes to heap
./escape-size--slicepass.go:20:17: append(sinkS, i) escapes to heap in grow:
./escape-size--slicepass.go:20:17:   flow: {heap} ← &{storage for append(sinkS, i)}:
./escape-size--slicepass.go:20:17:     from append(sinkS, i) (spill) at ./escape-size--slicepass.go:20:17
./escape-size--slicepass.go:20:17:     from sinkS = append(sinkS, i) (assign) at ./escape-size--slicepass.go:20:9
./escape-size--slicepass.go:20:17: append escapes to heap
