./escape-containers--elements.go:11:2: y escapes to heap in sliceElem:
./escape-containers--elements.go:11:2:   flow: {heap} ← &y:
./escape-containers--elements.go:11:2:     from &y (address-of) at ./escape-containers--elements.go:13:9
./escape-containers--elements.go:11:2:     from s[0] = &y (assign) at ./escape-containers--elements.go:13:7
./escape-containers--elements.go:11:2: moved to heap: y
./escape-containers--elements.go:12:11: make([]*int, 4) does not escape
