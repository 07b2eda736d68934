./escape-containers--mapcost.go:7:11: make(map[int]int) does not escape
./escape-containers--mapcost.go:14:11: make(map[int]int) does not escape
./escape-containers--mapcost.go:22:11: make(map[int]int) escapes to heap in Escaping:
./escape-containers--mapcost.go:22:11:   flow: m ← &{storage for make(map[int]int)}:
./escape-containers--mapcost.go:22:11:     from make(map[int]int) (spill) at ./escape-containers--mapcost.go:22:11
./escape-containers--mapcost.go:22:11:     from m := make(map[int]int) (assign) at ./escape-containers--mapcost.go:22:4
./escape-containers--mapcost.go:22:11:   flow: {heap} ← m:
./escape-containers--mapcost.go:22:11:     from sinkMap = m (assign) at ./escape-containers--mapcost.go:24:10
./escape-containers--mapcost.go:22:11: make(map[int]int) escapes to heap
