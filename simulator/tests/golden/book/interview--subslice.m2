./interview--subslice.go:11:13: make([]byte, 1048576) escapes to heap in load:
./interview--subslice.go:11:13:   flow: {heap} ← &{storage for make([]byte, 1048576)}:
./interview--subslice.go:11:13:     from make([]byte, 1048576) (too large for stack) at ./interview--subslice.go:11:13
./interview--subslice.go:11:13: make([]byte, 1048576) escapes to heap
./interview--subslice.go:19:17: append(([]byte)(nil), load()[:16]...) escapes to heap in copyPrefix:
./interview--subslice.go:19:17:   flow: {heap} ← &{storage for append(([]byte)(nil), load()[:16]...)}:
./interview--subslice.go:19:17:     from append(([]byte)(nil), load()[:16]...) (spill) at ./interview--subslice.go:19:17
./interview--subslice.go:19:17:     from header = append(([]byte)(nil), load()[:16]...) (assign) at ./interview--subslice.go:19:9
./interview--subslice.go:19:17: append escapes to heap
./interview--subslice.go:32:14: "a 16-byte slice of it keeps alive:" escapes to heap in main:
./interview--subslice.go:32:14:   flow: {storage for ... argument} ← &{storage for "a 16-byte slice of it keeps alive:"}:
./interview--subslice.go:32:14:     from "a 16-byte slice of it keeps alive:" (spill) at ./interview--subslice.go:32:14
./interview--subslice.go:32:14:     from ... argument (slice-literal-element) at ./interview--subslice.go:32:13
./interview--subslice.go:32:14:   flow: {heap} ← {storage for ... argument}:
./interview--subslice.go:32:14:     from ... argument (spill) at ./interview--subslice.go:32:13
./interview--subslice.go:32:14:     from fmt.Println(... argument...) (call parameter) at ./interview--subslice.go:32:13
./interview--subslice.go:32:61: liveMiB() - base escapes to heap in main:
./interview--subslice.go:32:61:   flow: {storage for ... argument} ← &{storage for liveMiB() - base}:
./interview--subslice.go:32:61:     from liveMiB() - base (spill) at ./interview--subslice.go:32:61
./interview--subslice.go:32:61:     from ... argument (slice-literal-element) at ./interview--subslice.go:32:13
./interview--subslice.go:32:61:   flow: {heap} ← {storage for ... argument}:
./interview--subslice.go:32:61:     from ... argument (spill) at ./interview--subslice.go:32:13
./interview--subslice.go:32:61:     from fmt.Println(... argument...) (call parameter) at ./interview--subslice.go:32:13
./interview--subslice.go:32:68: "MiB" escapes to heap in main:
./interview--subslice.go:32:68:   flow: {storage for ... argument} ← &{storage for "MiB"}:
./interview--subslice.go:32:68:     from "MiB" (spill) at ./interview--subslice.go:32:68
./interview--subslice.go:32:68:     from ... argument (slice-literal-element) at ./interview--subslice.go:32:13
./interview--subslice.go:32:68:   flow: {heap} ← {storage for ... argument}:
./interview--subslice.go:32:68:     from ... argument (spill) at ./interview--subslice.go:32:13
./interview--subslice.go:32:68:     from fmt.Println(... argument...) (call parameter) at ./interview--subslice.go:32:13
./interview--subslice.go:34:14: "a 16-byte copy of it keeps alive: " escapes to heap in main:
./interview--subslice.go:34:14:   flow: {storage for ... argument} ← &{storage for "a 16-byte copy of it keeps alive: "}:
./interview--subslice.go:34:14:     from "a 16-byte copy of it keeps alive: " (spill) at ./interview--subslice.go:34:14
./interview--subslice.go:34:14:     from ... argument (slice-literal-element) at ./interview--subslice.go:34:13
./interview--subslice.go:34:14:   flow: {heap} ← {storage for ... argument}:
./interview--subslice.go:34:14:     from ... argument (spill) at ./interview--subslice.go:34:13
./interview--subslice.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./interview--subslice.go:34:13
./interview--subslice.go:34:61: liveMiB() - base escapes to heap in main:
./interview--subslice.go:34:61:   flow: {storage for ... argument} ← &{storage for liveMiB() - base}:
./interview--subslice.go:34:61:     from liveMiB() - base (spill) at ./interview--subslice.go:34:61
./interview--subslice.go:34:61:     from ... argument (slice-literal-element) at ./interview--subslice.go:34:13
./interview--subslice.go:34:61:   flow: {heap} ← {storage for ... argument}:
./interview--subslice.go:34:61:     from ... argument (spill) at ./interview--subslice.go:34:13
./interview--subslice.go:34:61:     from fmt.Println(... argument...) (call parameter) at ./interview--subslice.go:34:13
./interview--subslice.go:34:68: "MiB" escapes to heap in main:
./interview--subslice.go:34:68:   flow: {storage for ... argument} ← &{storage for "MiB"}:
./interview--subslice.go:34:68:     from "MiB" (spill) at ./interview--subslice.go:34:68
./interview--subslice.go:34:68:     from ... argument (slice-literal-element) at ./interview--subslice.go:34:13
./interview--subslice.go:34:68:   flow: {heap} ← {storage for ... argument}:
./interview--subslice.go:34:68:     from ... argument (spill) at ./interview--subslice.go:34:13
./interview--subslice.go:34:68:     from fmt.Println(... argument...) (call parameter) at ./interview--subslice.go:34:13
./interview--subslice.go:32:13: ... argument does not escape
./interview--subslice.go:32:14: "a 16-byte slice of it keeps alive:" escapes to heap
./interview--subslice.go:32:61: liveMiB() - base escapes to heap
./interview--subslice.go:32:68: "MiB" escapes to heap
./interview--subslice.go:34:13: ... argument does not escape
./interview--subslice.go:34:14: "a 16-byte copy of it keeps alive: " escapes to heap
./interview--subslice.go:34:61: liveMiB() - base escapes to heap
./interview--subslice.go:34:68: "MiB" escapes to heap
