./escape-pointers--parts.go:9:6: r escapes to heap in idOf:
./escape-pointers--parts.go:9:6:   flow: ~r0 ← &r:
./escape-pointers--parts.go:9:6:     from r.id (dot) at ./escape-pointers--parts.go:10:11
./escape-pointers--parts.go:9:6:     from &r.id (address-of) at ./escape-pointers--parts.go:10:9
./escape-pointers--parts.go:9:6:     from return &r.id (return) at ./escape-pointers--parts.go:10:2
./escape-pointers--parts.go:9:6: moved to heap: r
./escape-pointers--parts.go:14:6: tags escapes to heap in tag:
./escape-pointers--parts.go:14:6:   flow: ~r0 ← &tags:
./escape-pointers--parts.go:14:6:     from tags[i] (fixed-array-index-of) at ./escape-pointers--parts.go:15:14
./escape-pointers--parts.go:14:6:     from &tags[i] (address-of) at ./escape-pointers--parts.go:15:9
./escape-pointers--parts.go:14:6:     from return &tags[i] (return) at ./escape-pointers--parts.go:15:2
./escape-pointers--parts.go:14:6: moved to heap: tags
