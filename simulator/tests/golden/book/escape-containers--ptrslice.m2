./escape-containers--ptrslice.go:8:11: make([]point, 0, 8) does not escape
./escape-containers--ptrslice.go:10:13: append does not escape
./escape-containers--ptrslice.go:18:17: &point{...} escapes to heap in Pointers:
./escape-containers--ptrslice.go:18:17:   flow: {heap} ← &{storage for &point{...}}:
./escape-containers--ptrslice.go:18:17:     from &point{...} (spill) at ./escape-containers--ptrslice.go:18:17
./escape-containers--ptrslice.go:18:17:     from append(s, &point{...}) (call parameter) at ./escape-containers--ptrslice.go:18:13
./escape-containers--ptrslice.go:16:11: make([]*point, 0, 8) does not escape
./escape-containers--ptrslice.go:18:17: &point{...} escapes to heap
./escape-containers--ptrslice.go:18:13: append does not escape
