./escape-pointers--cells.go:6:2: a escapes to heap in Two:
./escape-pointers--cells.go:6:2:   flow: {heap} ← &a:
./escape-pointers--cells.go:6:2:     from &a (address-of) at ./escape-pointers--cells.go:7:17
./escape-pointers--cells.go:6:2:     from sinkA, sinkB = &a, &b (assign-pair) at ./escape-pointers--cells.go:7:15
./escape-pointers--cells.go:6:5: b escapes to heap in Two:
./escape-pointers--cells.go:6:5:   flow: {heap} ← &b:
./escape-pointers--cells.go:6:5:     from &b (address-of) at ./escape-pointers--cells.go:7:21
./escape-pointers--cells.go:6:5:     from sinkA, sinkB = &a, &b (assign-pair) at ./escape-pointers--cells.go:7:15
./escape-pointers--cells.go:6:2: moved to heap: a
./escape-pointers--cells.go:6:5: moved to heap: b
./escape-pointers--cells.go:11:2: a escapes to heap in Three:
./escape-pointers--cells.go:11:2:   flow: {heap} ← &a:
./escape-pointers--cells.go:11:2:     from &a (address-of) at ./escape-pointers--cells.go:12:24
./escape-pointers--cells.go:11:2:     from sinkA, sinkB, sinkA = &a, &b, &c (assign-pair) at ./escape-pointers--cells.go:12:22
./escape-pointers--cells.go:11:5: b escapes to heap in Three:
./escape-pointers--cells.go:11:5:   flow: {heap} ← &b:
./escape-pointers--cells.go:11:5:     from &b (address-of) at ./escape-pointers--cells.go:12:28
./escape-pointers--cells.go:11:5:     from sinkA, sinkB, sinkA = &a, &b, &c (assign-pair) at ./escape-pointers--cells.go:12:22
./escape-pointers--cells.go:11:8: c escapes to heap in Three:
./escape-pointers--cells.go:11:8:   flow: {heap} ← &c:
./escape-pointers--cells.go:11:8:     from &c (address-of) at ./escape-pointers--cells.go:12:32
./escape-pointers--cells.go:11:8:     from sinkA, sinkB, sinkA = &a, &b, &c (assign-pair) at ./escape-pointers--cells.go:12:22
./escape-pointers--cells.go:11:2: moved to heap: a
./escape-pointers--cells.go:11:5: moved to heap: b
./escape-pointers--cells.go:11:8: moved to heap: c
