./interview--iface.go:10:25: i255 escapes to heap in Small:
./interview--iface.go:10:25:   flow: {heap} ← &{storage for i255}:
./interview--iface.go:10:25:     from i255 (spill) at ./interview--iface.go:10:25
./interview--iface.go:10:25:     from sink = i255 (assign) at ./interview--iface.go:10:23
./interview--iface.go:10:25: i255 escapes to heap
./interview--iface.go:11:25: i256 escapes to heap in Large:
./interview--iface.go:11:25:   flow: {heap} ← &{storage for i256}:
./interview--iface.go:11:25:     from i256 (spill) at ./interview--iface.go:11:25
./interview--iface.go:11:25:     from sink = i256 (assign) at ./interview--iface.go:11:23
./interview--iface.go:11:25: i256 escapes to heap
./interview--iface.go:12:25: name escapes to heap in String:
./interview--iface.go:12:25:   flow: {heap} ← &{storage for name}:
./interview--iface.go:12:25:     from name (spill) at ./interview--iface.go:12:25
./interview--iface.go:12:25:     from sink = name (assign) at ./interview--iface.go:12:23
./interview--iface.go:12:25: name escapes to heap
./interview--iface.go:20:19: sink == ptr escapes to heap in main:
./interview--iface.go:20:19:   flow: {storage for ... argument} ← &{storage for sink == ptr}:
./interview--iface.go:20:19:     from sink == ptr (spill) at ./interview--iface.go:20:19
./interview--iface.go:20:19:     from ... argument (slice-literal-element) at ./interview--iface.go:20:13
./interview--iface.go:20:19:   flow: {heap} ← {storage for ... argument}:
./interview--iface.go:20:19:     from ... argument (spill) at ./interview--iface.go:20:13
./interview--iface.go:20:19:     from fmt.Println(... argument...) (call parameter) at ./interview--iface.go:20:13
./interview--iface.go:20:13: ... argument does not escape
./interview--iface.go:20:19: sink == ptr escapes to heap
