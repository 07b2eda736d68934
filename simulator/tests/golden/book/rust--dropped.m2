./rust--dropped.go:17:10: &buffer{} escapes to heap in main:
./rust--dropped.go:17:10:   flow: {heap} ← &{storage for &buffer{}}:
./rust--dropped.go:17:10:     from &buffer{} (spill) at ./rust--dropped.go:17:10
./rust--dropped.go:17:10:     from keep = &buffer{} (assign) at ./rust--dropped.go:17:8
./rust--dropped.go:23:14: "allocated:" escapes to heap in main:
./rust--dropped.go:23:14:   flow: {storage for ... argument} ← &{storage for "allocated:"}:
./rust--dropped.go:23:14:     from "allocated:" (spill) at ./rust--dropped.go:23:14
./rust--dropped.go:23:14:     from ... argument (slice-literal-element) at ./rust--dropped.go:23:13
./rust--dropped.go:23:14:   flow: {heap} ← {storage for ... argument}:
./rust--dropped.go:23:14:     from ... argument (spill) at ./rust--dropped.go:23:13
./rust--dropped.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./rust--dropped.go:23:13
./rust--dropped.go:23:43: dropped.Mallocs - before.Mallocs escapes to heap in main:
./rust--dropped.go:23:43:   flow: {storage for ... argument} ← &{storage for dropped.Mallocs - before.Mallocs}:
./rust--dropped.go:23:43:     from dropped.Mallocs - before.Mallocs (spill) at ./rust--dropped.go:23:43
./rust--dropped.go:23:43:     from ... argument (slice-literal-element) at ./rust--dropped.go:23:13
./rust--dropped.go:23:43:   flow: {heap} ← {storage for ... argument}:
./rust--dropped.go:23:43:     from ... argument (spill) at ./rust--dropped.go:23:13
./rust--dropped.go:23:43:     from fmt.Println(... argument...) (call parameter) at ./rust--dropped.go:23:13
./rust--dropped.go:24:14: "freed before the GC:" escapes to heap in main:
./rust--dropped.go:24:14:   flow: {storage for ... argument} ← &{storage for "freed before the GC:"}:
./rust--dropped.go:24:14:     from "freed before the GC:" (spill) at ./rust--dropped.go:24:14
./rust--dropped.go:24:14:     from ... argument (slice-literal-element) at ./rust--dropped.go:24:13
./rust--dropped.go:24:14:   flow: {heap} ← {storage for ... argument}:
./rust--dropped.go:24:14:     from ... argument (spill) at ./rust--dropped.go:24:13
./rust--dropped.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./rust--dropped.go:24:13
./rust--dropped.go:24:51: dropped.Frees - before.Frees escapes to heap in main:
./rust--dropped.go:24:51:   flow: {storage for ... argument} ← &{storage for dropped.Frees - before.Frees}:
./rust--dropped.go:24:51:     from dropped.Frees - before.Frees (spill) at ./rust--dropped.go:24:51
./rust--dropped.go:24:51:     from ... argument (slice-literal-element) at ./rust--dropped.go:24:13
./rust--dropped.go:24:51:   flow: {heap} ← {storage for ... argument}:
./rust--dropped.go:24:51:     from ... argument (spill) at ./rust--dropped.go:24:13
./rust--dropped.go:24:51:     from fmt.Println(... argument...) (call parameter) at ./rust--dropped.go:24:13
./rust--dropped.go:25:14: "freed by the GC:" escapes to heap in main:
./rust--dropped.go:25:14:   flow: {storage for ... argument} ← &{storage for "freed by the GC:"}:
./rust--dropped.go:25:14:     from "freed by the GC:" (spill) at ./rust--dropped.go:25:14
./rust--dropped.go:25:14:     from ... argument (slice-literal-element) at ./rust--dropped.go:25:13
./rust--dropped.go:25:14:   flow: {heap} ← {storage for ... argument}:
./rust--dropped.go:25:14:     from ... argument (spill) at ./rust--dropped.go:25:13
./rust--dropped.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./rust--dropped.go:25:13
./rust--dropped.go:25:49: collected.Frees - dropped.Frees escapes to heap in main:
./rust--dropped.go:25:49:   flow: {storage for ... argument} ← &{storage for collected.Frees - dropped.Frees}:
./rust--dropped.go:25:49:     from collected.Frees - dropped.Frees (spill) at ./rust--dropped.go:25:49
./rust--dropped.go:25:49:     from ... argument (slice-literal-element) at ./rust--dropped.go:25:13
./rust--dropped.go:25:49:   flow: {heap} ← {storage for ... argument}:
./rust--dropped.go:25:49:     from ... argument (spill) at ./rust--dropped.go:25:13
./rust--dropped.go:25:49:     from fmt.Println(... argument...) (call parameter) at ./rust--dropped.go:25:13
./rust--dropped.go:17:10: &buffer{} escapes to heap
./rust--dropped.go:23:13: ... argument does not escape
./rust--dropped.go:23:14: "allocated:" escapes to heap
./rust--dropped.go:23:43: dropped.Mallocs - before.Mallocs escapes to heap
./rust--dropped.go:24:13: ... argument does not escape
./rust--dropped.go:24:14: "freed before the GC:" escapes to heap
./rust--dropped.go:24:51: dropped.Frees - before.Frees escapes to heap
./rust--dropped.go:25:13: ... argument does not escape
./rust--dropped.go:25:14: "freed by the GC:" escapes to heap
./rust--dropped.go:25:49: collected.Frees - dropped.Frees escapes to heap
