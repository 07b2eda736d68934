./065_type_switch_multi.go:16:16: append(keep, x) escapes to heap in classify:
./065_type_switch_multi.go:16:16:   flow: {heap} ← &{storage for append(keep, x)}:
./065_type_switch_multi.go:16:16:     from append(keep, x) (spill) at ./065_type_switch_multi.go:16:16
./065_type_switch_multi.go:16:16:     from keep = append(keep, x) (assign) at ./065_type_switch_multi.go:16:8
./065_type_switch_multi.go:21:21: "ptr " escapes to heap in classify:
./065_type_switch_multi.go:21:21:   flow: {storage for ... argument} ← &{storage for "ptr "}:
./065_type_switch_multi.go:21:21:     from "ptr " (spill) at ./065_type_switch_multi.go:21:21
./065_type_switch_multi.go:21:21:     from ... argument (slice-literal-element) at ./065_type_switch_multi.go:21:20
./065_type_switch_multi.go:21:21:   flow: {heap} ← {storage for ... argument}:
./065_type_switch_multi.go:21:21:     from ... argument (spill) at ./065_type_switch_multi.go:21:20
./065_type_switch_multi.go:21:21:     from fmt.Sprint(... argument...) (call parameter) at ./065_type_switch_multi.go:21:20
./065_type_switch_multi.go:21:29: *x escapes to heap in classify:
./065_type_switch_multi.go:21:29:   flow: {storage for ... argument} ← &{storage for *x}:
./065_type_switch_multi.go:21:29:     from *x (spill) at ./065_type_switch_multi.go:21:29
./065_type_switch_multi.go:21:29:     from ... argument (slice-literal-element) at ./065_type_switch_multi.go:21:20
./065_type_switch_multi.go:21:29:   flow: {heap} ← {storage for ... argument}:
./065_type_switch_multi.go:21:29:     from ... argument (spill) at ./065_type_switch_multi.go:21:20
./065_type_switch_multi.go:21:29:     from fmt.Sprint(... argument...) (call parameter) at ./065_type_switch_multi.go:21:20
./065_type_switch_multi.go:11:15: parameter v leaks to {heap} for classify with derefs=0:
./065_type_switch_multi.go:11:15:   flow: {temp} ← v:
./065_type_switch_multi.go:11:15:   flow: x ← {temp}:
./065_type_switch_multi.go:11:15:     from case int, int64: keep = append(keep, x); return "integer" (switch case) at ./065_type_switch_multi.go:15:2
./065_type_switch_multi.go:11:15:   flow: {heap} ← x:
./065_type_switch_multi.go:11:15:     from append(keep, x) (call parameter) at ./065_type_switch_multi.go:16:16
./065_type_switch_multi.go:19:20: "string " + x escapes to heap in classify:
./065_type_switch_multi.go:19:20:   flow: ~r0 ← &{storage for "string " + x}:
./065_type_switch_multi.go:19:20:     from "string " + x (spill) at ./065_type_switch_multi.go:19:20
./065_type_switch_multi.go:19:20:     from return "string " + x (return) at ./065_type_switch_multi.go:19:3
./065_type_switch_multi.go:23:19: "error " + x.Error() escapes to heap in classify:
./065_type_switch_multi.go:23:19:   flow: ~r0 ← &{storage for "error " + x.Error()}:
./065_type_switch_multi.go:23:19:     from "error " + x.Error() (spill) at ./065_type_switch_multi.go:23:19
./065_type_switch_multi.go:23:19:     from return "error " + x.Error() (return) at ./065_type_switch_multi.go:23:3
./065_type_switch_multi.go:11:15: leaking param: v
./065_type_switch_multi.go:16:16: append escapes to heap
./065_type_switch_multi.go:19:20: "string " + x escapes to heap
./065_type_switch_multi.go:21:20: ... argument does not escape
./065_type_switch_multi.go:21:21: "ptr " escapes to heap
./065_type_switch_multi.go:21:29: *x escapes to heap
./065_type_switch_multi.go:23:19: "error " + x.Error() escapes to heap
./065_type_switch_multi.go:25:21: ... argument does not escape
./065_type_switch_multi.go:31:7: f escapes to heap in addrOfCaseVar:
./065_type_switch_multi.go:31:7:   flow: ~r0 ← &f:
./065_type_switch_multi.go:31:7:     from &f (address-of) at ./065_type_switch_multi.go:32:10
./065_type_switch_multi.go:31:7:     from return &f (return) at ./065_type_switch_multi.go:32:3
./065_type_switch_multi.go:29:20: v does not escape
./065_type_switch_multi.go:31:7: moved to heap: f
./065_type_switch_multi.go:39:38: 1 escapes to heap in main:
./065_type_switch_multi.go:39:38:   flow: {heap} ← &{storage for 1}:
./065_type_switch_multi.go:39:38:     from 1 (spill) at ./065_type_switch_multi.go:39:38
./065_type_switch_multi.go:39:38:     from classify(1) (call parameter) at ./065_type_switch_multi.go:39:37
./065_type_switch_multi.go:39:51: "s" escapes to heap in main:
./065_type_switch_multi.go:39:51:   flow: {heap} ← &{storage for "s"}:
./065_type_switch_multi.go:39:51:     from "s" (spill) at ./065_type_switch_multi.go:39:51
./065_type_switch_multi.go:39:51:     from classify("s") (call parameter) at ./065_type_switch_multi.go:39:50
./065_type_switch_multi.go:38:2: n escapes to heap in main:
./065_type_switch_multi.go:38:2:   flow: {heap} ← &n:
./065_type_switch_multi.go:38:2:     from &n (address-of) at ./065_type_switch_multi.go:39:66
./065_type_switch_multi.go:38:2:     from &n (interface-converted) at ./065_type_switch_multi.go:39:66
./065_type_switch_multi.go:38:2:     from classify(&n) (call parameter) at ./065_type_switch_multi.go:39:65
./065_type_switch_multi.go:40:39: 2.5 escapes to heap in main:
./065_type_switch_multi.go:40:39:   flow: {heap} ← &{storage for 2.5}:
./065_type_switch_multi.go:40:39:     from 2.5 (spill) at ./065_type_switch_multi.go:40:39
./065_type_switch_multi.go:40:39:     from classify(2.5) (call parameter) at ./065_type_switch_multi.go:40:38
./065_type_switch_multi.go:39:22: classify(nil) escapes to heap in main:
./065_type_switch_multi.go:39:22:   flow: {storage for ... argument} ← &{storage for classify(nil)}:
./065_type_switch_multi.go:39:22:     from classify(nil) (spill) at ./065_type_switch_multi.go:39:22
./065_type_switch_multi.go:39:22:     from ... argument (slice-literal-element) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:39:22:   flow: {heap} ← {storage for ... argument}:
./065_type_switch_multi.go:39:22:     from ... argument (spill) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:39:22:     from fmt.Println(... argument...) (call parameter) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:39:37: classify(1) escapes to heap in main:
./065_type_switch_multi.go:39:37:   flow: {storage for ... argument} ← &{storage for classify(1)}:
./065_type_switch_multi.go:39:37:     from classify(1) (spill) at ./065_type_switch_multi.go:39:37
./065_type_switch_multi.go:39:37:     from ... argument (slice-literal-element) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:39:37:   flow: {heap} ← {storage for ... argument}:
./065_type_switch_multi.go:39:37:     from ... argument (spill) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:39:37:     from fmt.Println(... argument...) (call parameter) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:39:50: classify("s") escapes to heap in main:
./065_type_switch_multi.go:39:50:   flow: {storage for ... argument} ← &{storage for classify("s")}:
./065_type_switch_multi.go:39:50:     from classify("s") (spill) at ./065_type_switch_multi.go:39:50
./065_type_switch_multi.go:39:50:     from ... argument (slice-literal-element) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:39:50:   flow: {heap} ← {storage for ... argument}:
./065_type_switch_multi.go:39:50:     from ... argument (spill) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:39:50:     from fmt.Println(... argument...) (call parameter) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:39:65: classify(&n) escapes to heap in main:
./065_type_switch_multi.go:39:65:   flow: {storage for ... argument} ← &{storage for classify(&n)}:
./065_type_switch_multi.go:39:65:     from classify(&n) (spill) at ./065_type_switch_multi.go:39:65
./065_type_switch_multi.go:39:65:     from ... argument (slice-literal-element) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:39:65:   flow: {heap} ← {storage for ... argument}:
./065_type_switch_multi.go:39:65:     from ... argument (spill) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:39:65:     from fmt.Println(... argument...) (call parameter) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:40:11: classify(fmt.Errorf("e", nil...)) escapes to heap in main:
./065_type_switch_multi.go:40:11:   flow: {storage for ... argument} ← &{storage for classify(fmt.Errorf("e", nil...))}:
./065_type_switch_multi.go:40:11:     from classify(fmt.Errorf("e", nil...)) (spill) at ./065_type_switch_multi.go:40:11
./065_type_switch_multi.go:40:11:     from ... argument (slice-literal-element) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:40:11:   flow: {heap} ← {storage for ... argument}:
./065_type_switch_multi.go:40:11:     from ... argument (spill) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:40:11:     from fmt.Println(... argument...) (call parameter) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:40:38: classify(2.5) escapes to heap in main:
./065_type_switch_multi.go:40:38:   flow: {storage for ... argument} ← &{storage for classify(2.5)}:
./065_type_switch_multi.go:40:38:     from classify(2.5) (spill) at ./065_type_switch_multi.go:40:38
./065_type_switch_multi.go:40:38:     from ... argument (slice-literal-element) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:40:38:   flow: {heap} ← {storage for ... argument}:
./065_type_switch_multi.go:40:38:     from ... argument (spill) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:40:38:     from fmt.Println(... argument...) (call parameter) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:40:45: *addrOfCaseVar(1.5) escapes to heap in main:
./065_type_switch_multi.go:40:45:   flow: {storage for ... argument} ← &{storage for *addrOfCaseVar(1.5)}:
./065_type_switch_multi.go:40:45:     from *addrOfCaseVar(1.5) (spill) at ./065_type_switch_multi.go:40:45
./065_type_switch_multi.go:40:45:     from ... argument (slice-literal-element) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:40:45:   flow: {heap} ← {storage for ... argument}:
./065_type_switch_multi.go:40:45:     from ... argument (spill) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:40:45:     from fmt.Println(... argument...) (call parameter) at ./065_type_switch_multi.go:39:13
./065_type_switch_multi.go:38:2: moved to heap: n
./065_type_switch_multi.go:39:13: ... argument does not escape
./065_type_switch_multi.go:39:22: classify(nil) escapes to heap
./065_type_switch_multi.go:39:37: classify(1) escapes to heap
./065_type_switch_multi.go:39:38: 1 escapes to heap
./065_type_switch_multi.go:39:50: classify("s") escapes to heap
./065_type_switch_multi.go:39:51: "s" escapes to heap
./065_type_switch_multi.go:39:65: classify(&n) escapes to heap
./065_type_switch_multi.go:40:11: classify(fmt.Errorf("e", nil...)) escapes to heap
./065_type_switch_multi.go:40:38: classify(2.5) escapes to heap
./065_type_switch_multi.go:40:39: 2.5 escapes to heap
./065_type_switch_multi.go:40:45: *addrOfCaseVar(1.5) escapes to heap
./065_type_switch_multi.go:40:60: 1.5 does not escape
