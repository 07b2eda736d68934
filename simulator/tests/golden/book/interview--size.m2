./interview--size.go:7:6: tooBig escapes to heap in main:
./interview--size.go:7:6:   flow: {heap} ← &tooBig:
./interview--size.go:7:6:     from tooBig (too large for stack) at ./interview--size.go:7:6
./interview--size.go:9:10: new([65537]byte) escapes to heap in main:
./interview--size.go:9:10:   flow: {heap} ← &{storage for new([65537]byte)}:
./interview--size.go:9:10:     from new([65537]byte) (too large for stack) at ./interview--size.go:9:10
./interview--size.go:11:41: fits[0] + tooBig[0] + p[0] + q[0] escapes to heap in main:
./interview--size.go:11:41:   flow: {storage for ... argument} ← &{storage for fits[0] + tooBig[0] + p[0] + q[0]}:
./interview--size.go:11:41:     from fits[0] + tooBig[0] + p[0] + q[0] (spill) at ./interview--size.go:11:41
./interview--size.go:11:41:     from ... argument (slice-literal-element) at ./interview--size.go:11:13
./interview--size.go:11:41:   flow: {heap} ← {storage for ... argument}:
./interview--size.go:11:41:     from ... argument (spill) at ./interview--size.go:11:13
./interview--size.go:11:41:     from fmt.Println(... argument...) (call parameter) at ./interview--size.go:11:13
./interview--size.go:7:6: moved to heap: tooBig
./interview--size.go:8:10: new([65536]byte) does not escape
./interview--size.go:9:10: new([65537]byte) escapes to heap
./interview--size.go:11:13: ... argument does not escape
./interview--size.go:11:41: fits[0] + tooBig[0] + p[0] + q[0] escapes to heap
