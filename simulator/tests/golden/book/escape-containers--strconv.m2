./escape-containers--strconv.go:7:26: map[string]int{...} escapes to heap in init:
./escape-containers--strconv.go:7:26:   flow: {heap} ← &{storage for map[string]int{...}}:
./escape-containers--strconv.go:7:26:     from map[string]int{...} (spill) at ./escape-containers--strconv.go:7:26
./escape-containers--strconv.go:7:26:     from counts = map[string]int{...} (assign) at ./escape-containers--strconv.go:7:2
./escape-containers--strconv.go:7:26: map[string]int{...} escapes to heap
./escape-containers--strconv.go:13:14: string(short) does not escape
./escape-containers--strconv.go:18:14: string(long) does not escape
./escape-containers--strconv.go:23:19: string(short) escapes to heap in ShortKept:
./escape-containers--strconv.go:23:19:   flow: {heap} ← &{storage for string(short)}:
./escape-containers--strconv.go:23:19:     from string(short) (spill) at ./escape-containers--strconv.go:23:19
./escape-containers--strconv.go:23:19:     from sinkStr = string(short) (assign) at ./escape-containers--strconv.go:23:10
./escape-containers--strconv.go:23:19: string(short) escapes to heap
./escape-containers--strconv.go:27:26: string(short) does not escape
./escape-containers--strconv.go:31:14: ([]byte)(word) does not escape
./escape-containers--strconv.go:31:14: zero-copy string->[]byte conversion
./escape-containers--strconv.go:36:17: word + "!" escapes to heap in Concat:
./escape-containers--strconv.go:36:17:   flow: {heap} ← &{storage for word + "!"}:
./escape-containers--strconv.go:36:17:     from word + "!" (spill) at ./escape-containers--strconv.go:36:17
./escape-containers--strconv.go:36:17:     from sinkStr = word + "!" (assign) at ./escape-containers--strconv.go:36:10
./escape-containers--strconv.go:36:17: word + "!" escapes to heap
