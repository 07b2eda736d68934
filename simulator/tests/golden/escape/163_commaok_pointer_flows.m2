./163_commaok_pointer_flows.go:11:16: parameter x leaks to {heap} for fromIface with derefs=0:
./163_commaok_pointer_flows.go:11:16:   flow: .autotmp_4 ← x:
./163_commaok_pointer_flows.go:11:16:     from x.(*int) (dot) at ./163_commaok_pointer_flows.go:12:12
./163_commaok_pointer_flows.go:11:16:     from .autotmp_4, .autotmp_5 := x.(*int) (assign-pair-dot-type) at ./163_commaok_pointer_flows.go:12:8
./163_commaok_pointer_flows.go:11:16:   flow: p ← .autotmp_4:
./163_commaok_pointer_flows.go:11:16:     from p, ok := (*int)(.autotmp_4), .autotmp_5 (assign-pair) at ./163_commaok_pointer_flows.go:12:8
./163_commaok_pointer_flows.go:11:16:   flow: {heap} ← p:
./163_commaok_pointer_flows.go:11:16:     from gp = p (assign) at ./163_commaok_pointer_flows.go:14:6
./163_commaok_pointer_flows.go:11:16: leaking param: x
./163_commaok_pointer_flows.go:19:14: m does not escape
./163_commaok_pointer_flows.go:27:15: c does not escape
./163_commaok_pointer_flows.go:36:8: c escapes to heap in main:
./163_commaok_pointer_flows.go:36:8:   flow: {heap} ← &c:
./163_commaok_pointer_flows.go:36:8:     from &c (address-of) at ./163_commaok_pointer_flows.go:38:8
./163_commaok_pointer_flows.go:36:8:     from ch <- &c (send) at ./163_commaok_pointer_flows.go:38:5
./163_commaok_pointer_flows.go:36:2: a escapes to heap in main:
./163_commaok_pointer_flows.go:36:2:   flow: {heap} ← &a:
./163_commaok_pointer_flows.go:36:2:     from &a (address-of) at ./163_commaok_pointer_flows.go:39:24
./163_commaok_pointer_flows.go:36:2:     from &a (interface-converted) at ./163_commaok_pointer_flows.go:39:24
./163_commaok_pointer_flows.go:36:2:     from fromIface(&a) (call parameter) at ./163_commaok_pointer_flows.go:39:23
./163_commaok_pointer_flows.go:36:5: b escapes to heap in main:
./163_commaok_pointer_flows.go:36:5:   flow: {heap} ← &b:
./163_commaok_pointer_flows.go:36:5:     from &b (address-of) at ./163_commaok_pointer_flows.go:39:58
./163_commaok_pointer_flows.go:36:5:     from map[string]*int{...} (map literal value) at ./163_commaok_pointer_flows.go:39:52
./163_commaok_pointer_flows.go:39:23: fromIface(&a) escapes to heap in main:
./163_commaok_pointer_flows.go:39:23:   flow: {storage for ... argument} ← &{storage for fromIface(&a)}:
./163_commaok_pointer_flows.go:39:23:     from fromIface(&a) (spill) at ./163_commaok_pointer_flows.go:39:23
./163_commaok_pointer_flows.go:39:23:     from ... argument (slice-literal-element) at ./163_commaok_pointer_flows.go:39:13
./163_commaok_pointer_flows.go:39:23:   flow: {heap} ← {storage for ... argument}:
./163_commaok_pointer_flows.go:39:23:     from ... argument (spill) at ./163_commaok_pointer_flows.go:39:13
./163_commaok_pointer_flows.go:39:23:     from fmt.Println(... argument...) (call parameter) at ./163_commaok_pointer_flows.go:39:13
./163_commaok_pointer_flows.go:39:36: fromMap(map[string]*int{...}) escapes to heap in main:
./163_commaok_pointer_flows.go:39:36:   flow: {storage for ... argument} ← &{storage for fromMap(map[string]*int{...})}:
./163_commaok_pointer_flows.go:39:36:     from fromMap(map[string]*int{...}) (spill) at ./163_commaok_pointer_flows.go:39:36
./163_commaok_pointer_flows.go:39:36:     from ... argument (slice-literal-element) at ./163_commaok_pointer_flows.go:39:13
./163_commaok_pointer_flows.go:39:36:   flow: {heap} ← {storage for ... argument}:
./163_commaok_pointer_flows.go:39:36:     from ... argument (spill) at ./163_commaok_pointer_flows.go:39:13
./163_commaok_pointer_flows.go:39:36:     from fmt.Println(... argument...) (call parameter) at ./163_commaok_pointer_flows.go:39:13
./163_commaok_pointer_flows.go:39:72: fromChan(ch) escapes to heap in main:
./163_commaok_pointer_flows.go:39:72:   flow: {storage for ... argument} ← &{storage for fromChan(ch)}:
./163_commaok_pointer_flows.go:39:72:     from fromChan(ch) (spill) at ./163_commaok_pointer_flows.go:39:72
./163_commaok_pointer_flows.go:39:72:     from ... argument (slice-literal-element) at ./163_commaok_pointer_flows.go:39:13
./163_commaok_pointer_flows.go:39:72:   flow: {heap} ← {storage for ... argument}:
./163_commaok_pointer_flows.go:39:72:     from ... argument (spill) at ./163_commaok_pointer_flows.go:39:13
./163_commaok_pointer_flows.go:39:72:     from fmt.Println(... argument...) (call parameter) at ./163_commaok_pointer_flows.go:39:13
./163_commaok_pointer_flows.go:39:78: *gp escapes to heap in main:
./163_commaok_pointer_flows.go:39:78:   flow: {storage for ... argument} ← &{storage for *gp}:
./163_commaok_pointer_flows.go:39:78:     from *gp (spill) at ./163_commaok_pointer_flows.go:39:78
./163_commaok_pointer_flows.go:39:78:     from ... argument (slice-literal-element) at ./163_commaok_pointer_flows.go:39:13
./163_commaok_pointer_flows.go:39:78:   flow: {heap} ← {storage for ... argument}:
./163_commaok_pointer_flows.go:39:78:     from ... argument (spill) at ./163_commaok_pointer_flows.go:39:13
./163_commaok_pointer_flows.go:39:78:     from fmt.Println(... argument...) (call parameter) at ./163_commaok_pointer_flows.go:39:13
./163_commaok_pointer_flows.go:36:2: moved to heap: a
./163_commaok_pointer_flows.go:36:5: moved to heap: b
./163_commaok_pointer_flows.go:36:8: moved to heap: c
./163_commaok_pointer_flows.go:39:13: ... argument does not escape
./163_commaok_pointer_flows.go:39:23: fromIface(&a) escapes to heap
./163_commaok_pointer_flows.go:39:36: fromMap(map[string]*int{...}) escapes to heap
./163_commaok_pointer_flows.go:39:52: map[string]*int{...} does not escape
./163_commaok_pointer_flows.go:39:72: fromChan(ch) escapes to heap
./163_commaok_pointer_flows.go:39:78: *gp escapes to heap
