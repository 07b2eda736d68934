./escape-size--bigcost.go:6:6: buf escapes to heap in Big:
./escape-size--bigcost.go:6:6:   flow: {heap} ← &buf:
./escape-size--bigcost.go:6:6:     from buf (too large for stack) at ./escape-size--bigcost.go:6:6
./escape-size--bigcost.go:6:6: moved to heap: buf
