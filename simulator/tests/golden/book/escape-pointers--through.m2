./escape-pointers--through.go:17:2: b escapes to heap in linkPointer:
./escape-pointers--through.go:17:2:   flow: {heap} ← &b:
./escape-pointers--through.go:17:2:     from &b (address-of) at ./escape-pointers--through.go:18:11
./escape-pointers--through.go:17:2:     from a.next = &b (assign) at ./escape-pointers--through.go:18:9
./escape-pointers--through.go:17:2: moved to heap: b
./escape-pointers--through.go:16:7: &node{...} does not escape
