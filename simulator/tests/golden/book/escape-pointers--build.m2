./escape-pointers--build.go:10:2: first escapes to heap in build:
./escape-pointers--build.go:10:2:   flow: ~r0 ← &first:
./escape-pointers--build.go:10:2:     from &first (address-of) at ./escape-pointers--build.go:11:9
./escape-pointers--build.go:10:2:     from return &first (return) at ./escape-pointers--build.go:11:2
./escape-pointers--build.go:9:2: second escapes to heap in build:
./escape-pointers--build.go:9:2:   flow: first ← &second:
./escape-pointers--build.go:9:2:     from &second (address-of) at ./escape-pointers--build.go:10:30
./escape-pointers--build.go:9:2:     from node{...} (struct literal element) at ./escape-pointers--build.go:10:15
./escape-pointers--build.go:9:2:     from first := node{...} (assign) at ./escape-pointers--build.go:10:8
./escape-pointers--build.go:9:2: moved to heap: second
./escape-pointers--build.go:10:2: moved to heap: first
