./004_param_to_several_results.go:8:10: parameter p leaks to c for fan with derefs=0:
./004_param_to_several_results.go:8:10:   flow: c ← p:
./004_param_to_several_results.go:8:10:     from return p, p, p (return) at ./004_param_to_several_results.go:9:2
./004_param_to_several_results.go:8:10: parameter p leaks to b for fan with derefs=0:
./004_param_to_several_results.go:8:10:   flow: b ← p:
./004_param_to_several_results.go:8:10:     from return p, p, p (return) at ./004_param_to_several_results.go:9:2
./004_param_to_several_results.go:8:10: parameter p leaks to a for fan with derefs=0:
./004_param_to_several_results.go:8:10:   flow: a ← p:
./004_param_to_several_results.go:8:10:     from return p, p, p (return) at ./004_param_to_several_results.go:9:2
./004_param_to_several_results.go:8:10: leaking param: p to result a level=0
./004_param_to_several_results.go:8:10: leaking param: p to result b level=0
./004_param_to_several_results.go:8:10: leaking param: p to result c level=0
./004_param_to_several_results.go:12:11: parameter p leaks to ~r0 for pick with derefs=0:
./004_param_to_several_results.go:12:11:   flow: ~r0 ← p:
./004_param_to_several_results.go:12:11:     from return p (return) at ./004_param_to_several_results.go:14:3
./004_param_to_several_results.go:12:14: parameter q leaks to ~r0 for pick with derefs=0:
./004_param_to_several_results.go:12:14:   flow: ~r0 ← q:
./004_param_to_several_results.go:12:14:     from return q (return) at ./004_param_to_several_results.go:16:2
./004_param_to_several_results.go:12:11: leaking param: p to result ~r0 level=0
./004_param_to_several_results.go:12:14: leaking param: q to result ~r0 level=0
./004_param_to_several_results.go:19:16: parameter x leaks to second for swapNamed with derefs=0:
./004_param_to_several_results.go:19:16:   flow: second ← x:
./004_param_to_several_results.go:19:16:     from first, second = y, x (assign-pair) at ./004_param_to_several_results.go:20:16
./004_param_to_several_results.go:19:19: parameter y leaks to first for swapNamed with derefs=0:
./004_param_to_several_results.go:19:19:   flow: first ← y:
./004_param_to_several_results.go:19:19:     from first, second = y, x (assign-pair) at ./004_param_to_several_results.go:20:16
./004_param_to_several_results.go:19:16: leaking param: x to result second level=0
./004_param_to_several_results.go:19:19: leaking param: y to result first level=0
./004_param_to_several_results.go:28:19: *a + *b + *c escapes to heap in main:
./004_param_to_several_results.go:28:19:   flow: {storage for ... argument} ← &{storage for *a + *b + *c}:
./004_param_to_several_results.go:28:19:     from *a + *b + *c (spill) at ./004_param_to_several_results.go:28:19
./004_param_to_several_results.go:28:19:     from ... argument (slice-literal-element) at ./004_param_to_several_results.go:28:13
./004_param_to_several_results.go:28:19:   flow: {heap} ← {storage for ... argument}:
./004_param_to_several_results.go:28:19:     from ... argument (spill) at ./004_param_to_several_results.go:28:13
./004_param_to_several_results.go:28:19:     from fmt.Println(... argument...) (call parameter) at ./004_param_to_several_results.go:28:13
./004_param_to_several_results.go:28:24: *pick(&n, &m, false) escapes to heap in main:
./004_param_to_several_results.go:28:24:   flow: {storage for ... argument} ← &{storage for *pick(&n, &m, false)}:
./004_param_to_several_results.go:28:24:     from *pick(&n, &m, false) (spill) at ./004_param_to_several_results.go:28:24
./004_param_to_several_results.go:28:24:     from ... argument (slice-literal-element) at ./004_param_to_several_results.go:28:13
./004_param_to_several_results.go:28:24:   flow: {heap} ← {storage for ... argument}:
./004_param_to_several_results.go:28:24:     from ... argument (spill) at ./004_param_to_several_results.go:28:13
./004_param_to_several_results.go:28:24:     from fmt.Println(... argument...) (call parameter) at ./004_param_to_several_results.go:28:13
./004_param_to_several_results.go:28:46: *s escapes to heap in main:
./004_param_to_several_results.go:28:46:   flow: {storage for ... argument} ← &{storage for *s}:
./004_param_to_several_results.go:28:46:     from *s (spill) at ./004_param_to_several_results.go:28:46
./004_param_to_several_results.go:28:46:     from ... argument (slice-literal-element) at ./004_param_to_several_results.go:28:13
./004_param_to_several_results.go:28:46:   flow: {heap} ← {storage for ... argument}:
./004_param_to_several_results.go:28:46:     from ... argument (spill) at ./004_param_to_several_results.go:28:13
./004_param_to_several_results.go:28:46:     from fmt.Println(... argument...) (call parameter) at ./004_param_to_several_results.go:28:13
./004_param_to_several_results.go:28:50: *t escapes to heap in main:
./004_param_to_several_results.go:28:50:   flow: {storage for ... argument} ← &{storage for *t}:
./004_param_to_several_results.go:28:50:     from *t (spill) at ./004_param_to_several_results.go:28:50
./004_param_to_several_results.go:28:50:     from ... argument (slice-literal-element) at ./004_param_to_several_results.go:28:13
./004_param_to_several_results.go:28:50:   flow: {heap} ← {storage for ... argument}:
./004_param_to_several_results.go:28:50:     from ... argument (spill) at ./004_param_to_several_results.go:28:13
./004_param_to_several_results.go:28:50:     from fmt.Println(... argument...) (call parameter) at ./004_param_to_several_results.go:28:13
./004_param_to_several_results.go:28:13: ... argument does not escape
./004_param_to_several_results.go:28:19: *a + *b + *c escapes to heap
./004_param_to_several_results.go:28:24: *pick(&n, &m, false) escapes to heap
./004_param_to_several_results.go:28:46: *s escapes to heap
./004_param_to_several_results.go:28:50: *t escapes to heap
