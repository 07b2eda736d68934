./escape-size--toolarge.go:4:6: buf escapes to heap in main:
./escape-size--toolarge.go:4:6:   flow: {heap} ← &buf:
./escape-size--toolarge.go:4:6:     from buf (too large for stack) at ./escape-size--toolarge.go:4:6
./escape-size--toolarge.go:6:10: new([70000]byte) escapes to heap in main:
./escape-size--toolarge.go:6:10:   flow: {heap} ← &{storage for new([70000]byte)}:
./escape-size--toolarge.go:6:10:     from new([70000]byte) (too large for stack) at ./escape-size--toolarge.go:6:10
./escape-size--toolarge.go:4:6: moved to heap: buf
./escape-size--toolarge.go:6:10: new([70000]byte) escapes to heap
