./escape-size--limits.go:5:6: tooBig escapes to heap in vars:
./escape-size--limits.go:5:6:   flow: {heap} ← &tooBig:
./escape-size--limits.go:5:6:     from tooBig (too large for stack) at ./escape-size--limits.go:5:6
./escape-size--limits.go:5:6: moved to heap: tooBig
./escape-size--limits.go:12:10: new([65537]byte) escapes to heap in implicit:
./escape-size--limits.go:12:10:   flow: {heap} ← &{storage for new([65537]byte)}:
./escape-size--limits.go:12:10:     from new([65537]byte) (too large for stack) at ./escape-size--limits.go:12:10
./escape-size--limits.go:13:7: &[8193]int{} escapes to heap in implicit:
./escape-size--limits.go:13:7:   flow: {heap} ← &{storage for &[8193]int{}}:
./escape-size--limits.go:13:7:     from &[8193]int{} (too large for stack) at ./escape-size--limits.go:13:7
./escape-size--limits.go:15:11: make([]byte, 65537) escapes to heap in implicit:
./escape-size--limits.go:15:11:   flow: {heap} ← &{storage for make([]byte, 65537)}:
./escape-size--limits.go:15:11:     from make([]byte, 65537) (too large for stack) at ./escape-size--limits.go:15:11
./escape-size--limits.go:16:11: make([]int, 0, 8193) escapes to heap in implicit:
./escape-size--limits.go:16:11:   flow: {heap} ← &{storage for make([]int, 0, 8193)}:
./escape-size--limits.go:16:11:     from make([]int, 0, 8193) (too large for stack) at ./escape-size--limits.go:16:11
./escape-size--limits.go:11:10: new([65536]byte) does not escape
./escape-size--limits.go:12:10: new([65537]byte) escapes to heap
./escape-size--limits.go:13:7: &[8193]int{} escapes to heap
./escape-size--limits.go:14:11: make([]byte, 65536) does not escape
./escape-size--limits.go:15:11: make([]byte, 65537) escapes to heap
./escape-size--limits.go:16:11: make([]int, 0, 8193) escapes to heap
