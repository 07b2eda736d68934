./156_self_referential_cycle.go:19:2: m escapes to heap in sentinel:
./156_self_referential_cycle.go:19:2:   flow: {heap} ← &m:
./156_self_referential_cycle.go:19:2:     from &m (address-of) at ./156_self_referential_cycle.go:20:9
./156_self_referential_cycle.go:19:2:     from head = &m (assign) at ./156_self_referential_cycle.go:20:7
./156_self_referential_cycle.go:17:6: s escapes to heap in sentinel:
./156_self_referential_cycle.go:17:6:   flow: s ← &s:
./156_self_referential_cycle.go:17:6:     from &s (address-of) at ./156_self_referential_cycle.go:18:11
./156_self_referential_cycle.go:17:6:     from s.next = &s (assign) at ./156_self_referential_cycle.go:18:9
./156_self_referential_cycle.go:17:6:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518
./156_self_referential_cycle.go:17:6: moved to heap: s
./156_self_referential_cycle.go:19:2: moved to heap: m
./156_self_referential_cycle.go:27:2: c escapes to heap in pair:
./156_self_referential_cycle.go:27:2:   flow: {heap} ← &c:
./156_self_referential_cycle.go:27:2:     from &c (address-of) at ./156_self_referential_cycle.go:28:9
./156_self_referential_cycle.go:27:2:     from head = &c (assign) at ./156_self_referential_cycle.go:28:7
./156_self_referential_cycle.go:24:9: b escapes to heap in pair:
./156_self_referential_cycle.go:24:9:   flow: a ← &b:
./156_self_referential_cycle.go:24:9:     from &b (address-of) at ./156_self_referential_cycle.go:25:11
./156_self_referential_cycle.go:24:9:     from a.next = &b (assign) at ./156_self_referential_cycle.go:25:9
./156_self_referential_cycle.go:24:9:   flow: b ← a:
./156_self_referential_cycle.go:24:9:     from b = a (assign) at ./156_self_referential_cycle.go:26:4
./156_self_referential_cycle.go:24:9:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518
./156_self_referential_cycle.go:24:9: moved to heap: b
./156_self_referential_cycle.go:27:2: moved to heap: c
./156_self_referential_cycle.go:32:9: y escapes to heap in rewire:
./156_self_referential_cycle.go:32:9:   flow: x ← &y:
./156_self_referential_cycle.go:32:9:     from &y (address-of) at ./156_self_referential_cycle.go:34:11
./156_self_referential_cycle.go:32:9:     from x.next = &y (assign) at ./156_self_referential_cycle.go:34:9
./156_self_referential_cycle.go:32:9:   flow: x ← &x:
./156_self_referential_cycle.go:32:9:     from &x (address-of) at ./156_self_referential_cycle.go:33:11
./156_self_referential_cycle.go:32:9:     from x.next = &x (assign) at ./156_self_referential_cycle.go:33:9
./156_self_referential_cycle.go:32:9:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518
./156_self_referential_cycle.go:32:6: x escapes to heap in rewire:
./156_self_referential_cycle.go:32:6:   flow: x ← &x:
./156_self_referential_cycle.go:32:6:     from &x (address-of) at ./156_self_referential_cycle.go:33:11
./156_self_referential_cycle.go:32:6:     from x.next = &x (assign) at ./156_self_referential_cycle.go:33:9
./156_self_referential_cycle.go:32:6:   warning: truncated explanation due to assignment cycle; see golang.org/issue/35518
./156_self_referential_cycle.go:32:6: moved to heap: x
./156_self_referential_cycle.go:32:9: moved to heap: y
./156_self_referential_cycle.go:42:19: head != nil escapes to heap in main:
./156_self_referential_cycle.go:42:19:   flow: {storage for ... argument} ← &{storage for head != nil}:
./156_self_referential_cycle.go:42:19:     from head != nil (spill) at ./156_self_referential_cycle.go:42:19
./156_self_referential_cycle.go:42:19:     from ... argument (slice-literal-element) at ./156_self_referential_cycle.go:42:13
./156_self_referential_cycle.go:42:19:   flow: {heap} ← {storage for ... argument}:
./156_self_referential_cycle.go:42:19:     from ... argument (spill) at ./156_self_referential_cycle.go:42:13
./156_self_referential_cycle.go:42:19:     from fmt.Println(... argument...) (call parameter) at ./156_self_referential_cycle.go:42:13
./156_self_referential_cycle.go:42:31: head.val escapes to heap in main:
./156_self_referential_cycle.go:42:31:   flow: {storage for ... argument} ← &{storage for head.val}:
./156_self_referential_cycle.go:42:31:     from head.val (spill) at ./156_self_referential_cycle.go:42:31
./156_self_referential_cycle.go:42:31:     from ... argument (slice-literal-element) at ./156_self_referential_cycle.go:42:13
./156_self_referential_cycle.go:42:31:   flow: {heap} ← {storage for ... argument}:
./156_self_referential_cycle.go:42:31:     from ... argument (spill) at ./156_self_referential_cycle.go:42:13
./156_self_referential_cycle.go:42:31:     from fmt.Println(... argument...) (call parameter) at ./156_self_referential_cycle.go:42:13
./156_self_referential_cycle.go:42:13: ... argument does not escape
./156_self_referential_cycle.go:42:19: head != nil escapes to heap
./156_self_referential_cycle.go:42:31: head.val escapes to heap
