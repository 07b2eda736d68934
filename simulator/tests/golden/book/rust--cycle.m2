./rust--cycle.go:16:19: &node{} escapes to heap in makePair:
./rust--cycle.go:16:19:   flow: b ← &{storage for &node{}}:
./rust--cycle.go:16:19:     from &node{} (spill) at ./rust--cycle.go:16:19
./rust--cycle.go:16:19:     from a, b := &node{}, &node{} (assign-pair) at ./rust--cycle.go:16:7
./rust--cycle.go:16:19:   flow: {heap} ← b:
./rust--cycle.go:16:19:     from a.peer, b.peer = b, a (assign-pair) at ./rust--cycle.go:17:17
./rust--cycle.go:16:10: &node{} escapes to heap in makePair:
./rust--cycle.go:16:10:   flow: a ← &{storage for &node{}}:
./rust--cycle.go:16:10:     from &node{} (spill) at ./rust--cycle.go:16:10
./rust--cycle.go:16:10:     from a, b := &node{}, &node{} (assign-pair) at ./rust--cycle.go:16:7
./rust--cycle.go:16:10:   flow: {heap} ← a:
./rust--cycle.go:16:10:     from a.peer, b.peer = b, a (assign-pair) at ./rust--cycle.go:17:17
./rust--cycle.go:16:10: &node{} escapes to heap
./rust--cycle.go:16:19: &node{} escapes to heap
./rust--cycle.go:29:14: "freed:" escapes to heap in main:
./rust--cycle.go:29:14:   flow: {storage for ... argument} ← &{storage for "freed:"}:
./rust--cycle.go:29:14:     from "freed:" (spill) at ./rust--cycle.go:29:14
./rust--cycle.go:29:14:     from ... argument (slice-literal-element) at ./rust--cycle.go:29:13
./rust--cycle.go:29:14:   flow: {heap} ← {storage for ... argument}:
./rust--cycle.go:29:14:     from ... argument (spill) at ./rust--cycle.go:29:13
./rust--cycle.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./rust--cycle.go:29:13
./rust--cycle.go:29:35: after.Frees - before.Frees escapes to heap in main:
./rust--cycle.go:29:35:   flow: {storage for ... argument} ← &{storage for after.Frees - before.Frees}:
./rust--cycle.go:29:35:     from after.Frees - before.Frees (spill) at ./rust--cycle.go:29:35
./rust--cycle.go:29:35:     from ... argument (slice-literal-element) at ./rust--cycle.go:29:13
./rust--cycle.go:29:35:   flow: {heap} ← {storage for ... argument}:
./rust--cycle.go:29:35:     from ... argument (spill) at ./rust--cycle.go:29:13
./rust--cycle.go:29:35:     from fmt.Println(... argument...) (call parameter) at ./rust--cycle.go:29:13
./rust--cycle.go:29:13: ... argument does not escape
./rust--cycle.go:29:14: "freed:" escapes to heap
./rust--cycle.go:29:35: after.Frees - before.Frees escapes to heap
