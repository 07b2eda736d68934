./002_param_leak_levels.go:8:13: parameter p leaks to ~r0 for level0 with derefs=0:
./002_param_leak_levels.go:8:13:   flow: ~r0 ← p:
./002_param_leak_levels.go:8:13:     from return p (return) at ./002_param_leak_levels.go:8:34
./002_param_leak_levels.go:8:13: leaking param: p to result ~r0 level=0
./002_param_leak_levels.go:9:13: parameter p leaks to ~r0 for level1 with derefs=1:
./002_param_leak_levels.go:9:13:   flow: ~r0 ← *p:
./002_param_leak_levels.go:9:13:     from *p (indirection) at ./002_param_leak_levels.go:9:41
./002_param_leak_levels.go:9:13:     from return *p (return) at ./002_param_leak_levels.go:9:34
./002_param_leak_levels.go:9:13: leaking param: p to result ~r0 level=1
./002_param_leak_levels.go:10:13: parameter p leaks to ~r0 for level2 with derefs=2:
./002_param_leak_levels.go:10:13:   flow: ~r0 ← **p:
./002_param_leak_levels.go:10:13:     from *p (indirection) at ./002_param_leak_levels.go:10:42
./002_param_leak_levels.go:10:13:     from *(*p) (indirection) at ./002_param_leak_levels.go:10:41
./002_param_leak_levels.go:10:13:     from return *(*p) (return) at ./002_param_leak_levels.go:10:34
./002_param_leak_levels.go:10:13: leaking param: p to result ~r0 level=2
./002_param_leak_levels.go:11:13: parameter p leaks to ~r0 for level3 with derefs=3:
./002_param_leak_levels.go:11:13:   flow: ~r0 ← ***p:
./002_param_leak_levels.go:11:13:     from *p (indirection) at ./002_param_leak_levels.go:11:43
./002_param_leak_levels.go:11:13:     from *(*p) (indirection) at ./002_param_leak_levels.go:11:42
./002_param_leak_levels.go:11:13:     from *(*(*p)) (indirection) at ./002_param_leak_levels.go:11:41
./002_param_leak_levels.go:11:13:     from return *(*(*p)) (return) at ./002_param_leak_levels.go:11:34
./002_param_leak_levels.go:11:13: leaking param: p to result ~r0 level=3
./002_param_leak_levels.go:12:15: parameter p leaks to ~r0 for viaLocal with derefs=1:
./002_param_leak_levels.go:12:15:   flow: q ← *p:
./002_param_leak_levels.go:12:15:     from *p (indirection) at ./002_param_leak_levels.go:12:39
./002_param_leak_levels.go:12:15:     from q := *p (assign) at ./002_param_leak_levels.go:12:36
./002_param_leak_levels.go:12:15:   flow: ~r0 ← q:
./002_param_leak_levels.go:12:15:     from return q (return) at ./002_param_leak_levels.go:12:43
./002_param_leak_levels.go:12:15: leaking param: p to result ~r0 level=1
./002_param_leak_levels.go:13:12: parameter b leaks to ~r0 for field with derefs=1:
./002_param_leak_levels.go:13:12:   flow: ~r0 ← *b:
./002_param_leak_levels.go:13:12:     from b.v (dot of pointer) at ./002_param_leak_levels.go:13:48
./002_param_leak_levels.go:13:12:     from return b.v (return) at ./002_param_leak_levels.go:13:40
./002_param_leak_levels.go:13:12: leaking param: b to result ~r0 level=1
./002_param_leak_levels.go:20:14: *level0(p) escapes to heap in main:
./002_param_leak_levels.go:20:14:   flow: {storage for ... argument} ← &{storage for *level0(p)}:
./002_param_leak_levels.go:20:14:     from *level0(p) (spill) at ./002_param_leak_levels.go:20:14
./002_param_leak_levels.go:20:14:     from ... argument (slice-literal-element) at ./002_param_leak_levels.go:20:13
./002_param_leak_levels.go:20:14:   flow: {heap} ← {storage for ... argument}:
./002_param_leak_levels.go:20:14:     from ... argument (spill) at ./002_param_leak_levels.go:20:13
./002_param_leak_levels.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./002_param_leak_levels.go:20:13
./002_param_leak_levels.go:20:26: *level1(pp) escapes to heap in main:
./002_param_leak_levels.go:20:26:   flow: {storage for ... argument} ← &{storage for *level1(pp)}:
./002_param_leak_levels.go:20:26:     from *level1(pp) (spill) at ./002_param_leak_levels.go:20:26
./002_param_leak_levels.go:20:26:     from ... argument (slice-literal-element) at ./002_param_leak_levels.go:20:13
./002_param_leak_levels.go:20:26:   flow: {heap} ← {storage for ... argument}:
./002_param_leak_levels.go:20:26:     from ... argument (spill) at ./002_param_leak_levels.go:20:13
./002_param_leak_levels.go:20:26:     from fmt.Println(... argument...) (call parameter) at ./002_param_leak_levels.go:20:13
./002_param_leak_levels.go:20:39: *level2(ppp) escapes to heap in main:
./002_param_leak_levels.go:20:39:   flow: {storage for ... argument} ← &{storage for *level2(ppp)}:
./002_param_leak_levels.go:20:39:     from *level2(ppp) (spill) at ./002_param_leak_levels.go:20:39
./002_param_leak_levels.go:20:39:     from ... argument (slice-literal-element) at ./002_param_leak_levels.go:20:13
./002_param_leak_levels.go:20:39:   flow: {heap} ← {storage for ... argument}:
./002_param_leak_levels.go:20:39:     from ... argument (spill) at ./002_param_leak_levels.go:20:13
./002_param_leak_levels.go:20:39:     from fmt.Println(... argument...) (call parameter) at ./002_param_leak_levels.go:20:13
./002_param_leak_levels.go:20:53: *level3(&ppp) escapes to heap in main:
./002_param_leak_levels.go:20:53:   flow: {storage for ... argument} ← &{storage for *level3(&ppp)}:
./002_param_leak_levels.go:20:53:     from *level3(&ppp) (spill) at ./002_param_leak_levels.go:20:53
./002_param_leak_levels.go:20:53:     from ... argument (slice-literal-element) at ./002_param_leak_levels.go:20:13
./002_param_leak_levels.go:20:53:   flow: {heap} ← {storage for ... argument}:
./002_param_leak_levels.go:20:53:     from ... argument (spill) at ./002_param_leak_levels.go:20:13
./002_param_leak_levels.go:20:53:     from fmt.Println(... argument...) (call parameter) at ./002_param_leak_levels.go:20:13
./002_param_leak_levels.go:20:68: *viaLocal(pp) escapes to heap in main:
./002_param_leak_levels.go:20:68:   flow: {storage for ... argument} ← &{storage for *viaLocal(pp)}:
./002_param_leak_levels.go:20:68:     from *viaLocal(pp) (spill) at ./002_param_leak_levels.go:20:68
./002_param_leak_levels.go:20:68:     from ... argument (slice-literal-element) at ./002_param_leak_levels.go:20:13
./002_param_leak_levels.go:20:68:   flow: {heap} ← {storage for ... argument}:
./002_param_leak_levels.go:20:68:     from ... argument (spill) at ./002_param_leak_levels.go:20:13
./002_param_leak_levels.go:20:68:     from fmt.Println(... argument...) (call parameter) at ./002_param_leak_levels.go:20:13
./002_param_leak_levels.go:21:14: *field(&struct { v *int }{...}) escapes to heap in main:
./002_param_leak_levels.go:21:14:   flow: {storage for ... argument} ← &{storage for *field(&struct { v *int }{...})}:
./002_param_leak_levels.go:21:14:     from *field(&struct { v *int }{...}) (spill) at ./002_param_leak_levels.go:21:14
./002_param_leak_levels.go:21:14:     from ... argument (slice-literal-element) at ./002_param_leak_levels.go:21:13
./002_param_leak_levels.go:21:14:   flow: {heap} ← {storage for ... argument}:
./002_param_leak_levels.go:21:14:     from ... argument (spill) at ./002_param_leak_levels.go:21:13
./002_param_leak_levels.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./002_param_leak_levels.go:21:13
./002_param_leak_levels.go:20:13: ... argument does not escape
./002_param_leak_levels.go:20:14: *level0(p) escapes to heap
./002_param_leak_levels.go:20:26: *level1(pp) escapes to heap
./002_param_leak_levels.go:20:39: *level2(ppp) escapes to heap
./002_param_leak_levels.go:20:53: *level3(&ppp) escapes to heap
./002_param_leak_levels.go:20:68: *viaLocal(pp) escapes to heap
./002_param_leak_levels.go:21:13: ... argument does not escape
./002_param_leak_levels.go:21:14: *field(&struct { v *int }{...}) escapes to heap
./002_param_leak_levels.go:21:21: &struct { v *int }{...} does not escape
