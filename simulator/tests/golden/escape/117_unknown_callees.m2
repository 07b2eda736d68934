./117_unknown_callees.go:9:17: p does not escape
./117_unknown_callees.go:16:2: a escapes to heap in viaParam:
./117_unknown_callees.go:16:2:   flow: {heap} ← &a:
./117_unknown_callees.go:16:2:     from &a (address-of) at ./117_unknown_callees.go:17:11
./117_unknown_callees.go:16:2:     from f(&a) (call parameter) at ./117_unknown_callees.go:17:10
./117_unknown_callees.go:15:15: f does not escape
./117_unknown_callees.go:16:2: moved to heap: a
./117_unknown_callees.go:22:16: p does not escape
./117_unknown_callees.go:21:2: b escapes to heap in run:
./117_unknown_callees.go:21:2:   flow: {heap} ← &b:
./117_unknown_callees.go:21:2:     from &b (address-of) at ./117_unknown_callees.go:23:14
./117_unknown_callees.go:21:2:     from hook(&b) (call parameter) at ./117_unknown_callees.go:23:13
./117_unknown_callees.go:21:5: c escapes to heap in run:
./117_unknown_callees.go:21:5:   flow: {heap} ← &c:
./117_unknown_callees.go:21:5:     from &c (address-of) at ./117_unknown_callees.go:23:28
./117_unknown_callees.go:21:5:     from s.apply(&c) (call parameter) at ./117_unknown_callees.go:23:27
./117_unknown_callees.go:21:8: d escapes to heap in run:
./117_unknown_callees.go:21:8:   flow: {heap} ← &d:
./117_unknown_callees.go:21:8:     from &d (address-of) at ./117_unknown_callees.go:23:41
./117_unknown_callees.go:21:8:     from m["k"](&d) (call parameter) at ./117_unknown_callees.go:23:40
./117_unknown_callees.go:21:11: e escapes to heap in run:
./117_unknown_callees.go:21:11:   flow: {heap} ← &e:
./117_unknown_callees.go:21:11:     from &e (address-of) at ./117_unknown_callees.go:23:53
./117_unknown_callees.go:21:11:     from fs[0](&e) (call parameter) at ./117_unknown_callees.go:23:52
./117_unknown_callees.go:20:10: s does not escape
./117_unknown_callees.go:20:22: m does not escape
./117_unknown_callees.go:20:51: fs does not escape
./117_unknown_callees.go:21:2: moved to heap: b
./117_unknown_callees.go:21:5: moved to heap: c
./117_unknown_callees.go:21:8: moved to heap: d
./117_unknown_callees.go:21:11: moved to heap: e
./117_unknown_callees.go:22:11: func literal does not escape
./117_unknown_callees.go:27:17: p does not escape
./117_unknown_callees.go:28:22: viaParam(double) escapes to heap in main:
./117_unknown_callees.go:28:22:   flow: {storage for ... argument} ← &{storage for viaParam(double)}:
./117_unknown_callees.go:28:22:     from viaParam(double) (spill) at ./117_unknown_callees.go:28:22
./117_unknown_callees.go:28:22:     from ... argument (slice-literal-element) at ./117_unknown_callees.go:28:13
./117_unknown_callees.go:28:22:   flow: {heap} ← {storage for ... argument}:
./117_unknown_callees.go:28:22:     from ... argument (spill) at ./117_unknown_callees.go:28:13
./117_unknown_callees.go:28:22:     from fmt.Println(... argument...) (call parameter) at ./117_unknown_callees.go:28:13
./117_unknown_callees.go:28:35: run(Strategy{...}, map[string]func(*int) int{...}, []func(*int) int{...}) escapes to heap in main:
./117_unknown_callees.go:28:35:   flow: {storage for ... argument} ← &{storage for run(Strategy{...}, map[string]func(*int) int{...}, []func(*int) int{...})}:
./117_unknown_callees.go:28:35:     from run(Strategy{...}, map[string]func(*int) int{...}, []func(*int) int{...}) (spill) at ./117_unknown_callees.go:28:35
./117_unknown_callees.go:28:35:     from ... argument (slice-literal-element) at ./117_unknown_callees.go:28:13
./117_unknown_callees.go:28:35:   flow: {heap} ← {storage for ... argument}:
./117_unknown_callees.go:28:35:     from ... argument (spill) at ./117_unknown_callees.go:28:13
./117_unknown_callees.go:28:35:     from fmt.Println(... argument...) (call parameter) at ./117_unknown_callees.go:28:13
./117_unknown_callees.go:27:12: func literal escapes to heap in main:
./117_unknown_callees.go:27:12:   flow: double ← &{storage for func literal}:
./117_unknown_callees.go:27:12:     from func literal (spill) at ./117_unknown_callees.go:27:12
./117_unknown_callees.go:27:12:     from double := func literal (assign) at ./117_unknown_callees.go:27:9
./117_unknown_callees.go:27:12:   flow: {heap} ← double:
./117_unknown_callees.go:27:12:     from map[string]func(*int) int{...} (map literal value) at ./117_unknown_callees.go:28:79
./117_unknown_callees.go:27:12: func literal escapes to heap
./117_unknown_callees.go:28:13: ... argument does not escape
./117_unknown_callees.go:28:22: viaParam(double) escapes to heap
./117_unknown_callees.go:28:35: run(Strategy{...}, map[string]func(*int) int{...}, []func(*int) int{...}) escapes to heap
./117_unknown_callees.go:28:79: map[string]func(*int) int{...} does not escape
./117_unknown_callees.go:28:110: []func(*int) int{...} does not escape
