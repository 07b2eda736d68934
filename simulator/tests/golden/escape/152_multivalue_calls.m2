./152_multivalue_calls.go:9:34: b escapes to heap in ptrs:
./152_multivalue_calls.go:9:34:   flow: ~r1 ← &b:
./152_multivalue_calls.go:9:34:     from &b (address-of) at ./152_multivalue_calls.go:9:56
./152_multivalue_calls.go:9:34:     from return &a, &b (return) at ./152_multivalue_calls.go:9:45
./152_multivalue_calls.go:9:31: a escapes to heap in ptrs:
./152_multivalue_calls.go:9:31:   flow: ~r0 ← &a:
./152_multivalue_calls.go:9:31:     from &a (address-of) at ./152_multivalue_calls.go:9:52
./152_multivalue_calls.go:9:31:     from return &a, &b (return) at ./152_multivalue_calls.go:9:45
./152_multivalue_calls.go:9:31: moved to heap: a
./152_multivalue_calls.go:9:34: moved to heap: b
./152_multivalue_calls.go:10:10: a does not escape
./152_multivalue_calls.go:10:13: b does not escape
./152_multivalue_calls.go:11:55: n escapes to heap in show:
./152_multivalue_calls.go:11:55:   flow: {storage for ... argument} ← &{storage for n}:
./152_multivalue_calls.go:11:55:     from n (spill) at ./152_multivalue_calls.go:11:55
./152_multivalue_calls.go:11:55:     from ... argument (slice-literal-element) at ./152_multivalue_calls.go:11:54
./152_multivalue_calls.go:11:55:   flow: {heap} ← {storage for ... argument}:
./152_multivalue_calls.go:11:55:     from ... argument (spill) at ./152_multivalue_calls.go:11:54
./152_multivalue_calls.go:11:55:     from fmt.Sprint(... argument...) (call parameter) at ./152_multivalue_calls.go:11:54
./152_multivalue_calls.go:11:58: s escapes to heap in show:
./152_multivalue_calls.go:11:58:   flow: {storage for ... argument} ← &{storage for s}:
./152_multivalue_calls.go:11:58:     from s (spill) at ./152_multivalue_calls.go:11:58
./152_multivalue_calls.go:11:58:     from ... argument (slice-literal-element) at ./152_multivalue_calls.go:11:54
./152_multivalue_calls.go:11:58:   flow: {heap} ← {storage for ... argument}:
./152_multivalue_calls.go:11:58:     from ... argument (spill) at ./152_multivalue_calls.go:11:54
./152_multivalue_calls.go:11:58:     from fmt.Sprint(... argument...) (call parameter) at ./152_multivalue_calls.go:11:54
./152_multivalue_calls.go:11:18: parameter s leaks to {storage for s} for show with derefs=0:
./152_multivalue_calls.go:11:18:   flow: {storage for s} ← s:
./152_multivalue_calls.go:11:18:     from s (interface-converted) at ./152_multivalue_calls.go:11:58
./152_multivalue_calls.go:11:18: leaking param: s
./152_multivalue_calls.go:11:54: ... argument does not escape
./152_multivalue_calls.go:11:55: n escapes to heap
./152_multivalue_calls.go:11:58: s escapes to heap
./152_multivalue_calls.go:14:13: .autotmp_0 escapes to heap in main:
./152_multivalue_calls.go:14:13:   flow: {storage for ... argument} ← &{storage for .autotmp_0}:
./152_multivalue_calls.go:14:13:     from .autotmp_0 (spill) at ./152_multivalue_calls.go:14:13
./152_multivalue_calls.go:14:13:     from ... argument (slice-literal-element) at ./152_multivalue_calls.go:14:13
./152_multivalue_calls.go:14:13:   flow: {heap} ← {storage for ... argument}:
./152_multivalue_calls.go:14:13:     from ... argument (spill) at ./152_multivalue_calls.go:14:13
./152_multivalue_calls.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./152_multivalue_calls.go:14:13
./152_multivalue_calls.go:14:13: .autotmp_1 escapes to heap in main:
./152_multivalue_calls.go:14:13:   flow: {storage for ... argument} ← &{storage for .autotmp_1}:
./152_multivalue_calls.go:14:13:     from .autotmp_1 (spill) at ./152_multivalue_calls.go:14:13
./152_multivalue_calls.go:14:13:     from ... argument (slice-literal-element) at ./152_multivalue_calls.go:14:13
./152_multivalue_calls.go:14:13:   flow: {heap} ← {storage for ... argument}:
./152_multivalue_calls.go:14:13:     from ... argument (spill) at ./152_multivalue_calls.go:14:13
./152_multivalue_calls.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./152_multivalue_calls.go:14:13
./152_multivalue_calls.go:15:17: sum((*int)(.autotmp_2), .autotmp_3) escapes to heap in main:
./152_multivalue_calls.go:15:17:   flow: {storage for ... argument} ← &{storage for sum((*int)(.autotmp_2), .autotmp_3)}:
./152_multivalue_calls.go:15:17:     from sum((*int)(.autotmp_2), .autotmp_3) (spill) at ./152_multivalue_calls.go:15:17
./152_multivalue_calls.go:15:17:     from ... argument (slice-literal-element) at ./152_multivalue_calls.go:15:13
./152_multivalue_calls.go:15:17:   flow: {heap} ← {storage for ... argument}:
./152_multivalue_calls.go:15:17:     from ... argument (spill) at ./152_multivalue_calls.go:15:13
./152_multivalue_calls.go:15:17:     from fmt.Println(... argument...) (call parameter) at ./152_multivalue_calls.go:15:13
./152_multivalue_calls.go:16:18: show(int(.autotmp_4), .autotmp_5) escapes to heap in main:
./152_multivalue_calls.go:16:18:   flow: {storage for ... argument} ← &{storage for show(int(.autotmp_4), .autotmp_5)}:
./152_multivalue_calls.go:16:18:     from show(int(.autotmp_4), .autotmp_5) (spill) at ./152_multivalue_calls.go:16:18
./152_multivalue_calls.go:16:18:     from ... argument (slice-literal-element) at ./152_multivalue_calls.go:16:13
./152_multivalue_calls.go:16:18:   flow: {heap} ← {storage for ... argument}:
./152_multivalue_calls.go:16:18:     from ... argument (spill) at ./152_multivalue_calls.go:16:13
./152_multivalue_calls.go:16:18:     from fmt.Println(... argument...) (call parameter) at ./152_multivalue_calls.go:16:13
./152_multivalue_calls.go:14:13: ... argument does not escape
./152_multivalue_calls.go:14:13: .autotmp_0 escapes to heap
./152_multivalue_calls.go:14:13: .autotmp_1 escapes to heap
./152_multivalue_calls.go:15:13: ... argument does not escape
./152_multivalue_calls.go:15:17: sum((*int)(.autotmp_2), .autotmp_3) escapes to heap
./152_multivalue_calls.go:16:13: ... argument does not escape
./152_multivalue_calls.go:16:18: show(int(.autotmp_4), .autotmp_5) escapes to heap
