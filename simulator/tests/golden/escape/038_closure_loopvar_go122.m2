./038_closure_loopvar_go122.go:11:19: func literal escapes to heap in makeFuncs:
./038_closure_loopvar_go122.go:11:19:   flow: {heap} ← &{storage for func literal}:
./038_closure_loopvar_go122.go:11:19:     from func literal (spill) at ./038_closure_loopvar_go122.go:11:19
./038_closure_loopvar_go122.go:11:19:     from append(fs, func literal) (call parameter) at ./038_closure_loopvar_go122.go:11:14
./038_closure_loopvar_go122.go:10:6: makeFuncs capturing by value: i (addr=false assign=false width=8)
./038_closure_loopvar_go122.go:11:14: append(fs, func literal) escapes to heap in makeFuncs:
./038_closure_loopvar_go122.go:11:14:   flow: fs ← &{storage for append(fs, func literal)}:
./038_closure_loopvar_go122.go:11:14:     from append(fs, func literal) (spill) at ./038_closure_loopvar_go122.go:11:14
./038_closure_loopvar_go122.go:11:14:     from fs = append(fs, func literal) (assign) at ./038_closure_loopvar_go122.go:11:6
./038_closure_loopvar_go122.go:11:14:   flow: ~r0 ← fs:
./038_closure_loopvar_go122.go:11:14:     from return fs (return) at ./038_closure_loopvar_go122.go:13:2
./038_closure_loopvar_go122.go:11:19: func literal escapes to heap
./038_closure_loopvar_go122.go:11:14: append escapes to heap
./038_closure_loopvar_go122.go:19:19: func literal escapes to heap in rangeFuncs:
./038_closure_loopvar_go122.go:19:19:   flow: {heap} ← &{storage for func literal}:
./038_closure_loopvar_go122.go:19:19:     from func literal (spill) at ./038_closure_loopvar_go122.go:19:19
./038_closure_loopvar_go122.go:19:19:     from append(fs, func literal) (call parameter) at ./038_closure_loopvar_go122.go:19:14
./038_closure_loopvar_go122.go:18:9: rangeFuncs capturing by value: name (addr=false assign=false width=16)
./038_closure_loopvar_go122.go:16:17: parameter names leaks to {storage for func literal} for rangeFuncs with derefs=1:
./038_closure_loopvar_go122.go:16:17:   flow: {temp} ← names:
./038_closure_loopvar_go122.go:16:17:   flow: .autotmp_4 ← *{temp}:
./038_closure_loopvar_go122.go:16:17:     from for loop (range-deref) at ./038_closure_loopvar_go122.go:18:17
./038_closure_loopvar_go122.go:16:17:   flow: name ← .autotmp_4:
./038_closure_loopvar_go122.go:16:17:     from name := .autotmp_4 (assign) at ./038_closure_loopvar_go122.go:18:17
./038_closure_loopvar_go122.go:16:17:   flow: {storage for func literal} ← name:
./038_closure_loopvar_go122.go:16:17:     from name (captured by a closure) at ./038_closure_loopvar_go122.go:19:50
./038_closure_loopvar_go122.go:19:48: "hi " + name escapes to heap in rangeFuncs.func1:
./038_closure_loopvar_go122.go:19:48:   flow: ~r0 ← &{storage for "hi " + name}:
./038_closure_loopvar_go122.go:19:48:     from "hi " + name (spill) at ./038_closure_loopvar_go122.go:19:48
./038_closure_loopvar_go122.go:19:48:     from return "hi " + name (return) at ./038_closure_loopvar_go122.go:19:35
./038_closure_loopvar_go122.go:19:14: append(fs, func literal) escapes to heap in rangeFuncs:
./038_closure_loopvar_go122.go:19:14:   flow: fs ← &{storage for append(fs, func literal)}:
./038_closure_loopvar_go122.go:19:14:     from append(fs, func literal) (spill) at ./038_closure_loopvar_go122.go:19:14
./038_closure_loopvar_go122.go:19:14:     from fs = append(fs, func literal) (assign) at ./038_closure_loopvar_go122.go:19:6
./038_closure_loopvar_go122.go:19:14:   flow: ~r0 ← fs:
./038_closure_loopvar_go122.go:19:14:     from return fs (return) at ./038_closure_loopvar_go122.go:21:2
./038_closure_loopvar_go122.go:16:17: leaking param content: names
./038_closure_loopvar_go122.go:19:19: func literal escapes to heap
./038_closure_loopvar_go122.go:19:48: "hi " + name escapes to heap
./038_closure_loopvar_go122.go:19:14: append escapes to heap
./038_closure_loopvar_go122.go:26:16: f() escapes to heap in main:
./038_closure_loopvar_go122.go:26:16:   flow: {storage for ... argument} ← &{storage for f()}:
./038_closure_loopvar_go122.go:26:16:     from f() (spill) at ./038_closure_loopvar_go122.go:26:16
./038_closure_loopvar_go122.go:26:16:     from ... argument (slice-literal-element) at ./038_closure_loopvar_go122.go:26:14
./038_closure_loopvar_go122.go:26:16:   flow: {heap} ← {storage for ... argument}:
./038_closure_loopvar_go122.go:26:16:     from ... argument (spill) at ./038_closure_loopvar_go122.go:26:14
./038_closure_loopvar_go122.go:26:16:     from fmt.Println(... argument...) (call parameter) at ./038_closure_loopvar_go122.go:26:14
./038_closure_loopvar_go122.go:29:16: f() escapes to heap in main:
./038_closure_loopvar_go122.go:29:16:   flow: {storage for ... argument} ← &{storage for f()}:
./038_closure_loopvar_go122.go:29:16:     from f() (spill) at ./038_closure_loopvar_go122.go:29:16
./038_closure_loopvar_go122.go:29:16:     from ... argument (slice-literal-element) at ./038_closure_loopvar_go122.go:29:14
./038_closure_loopvar_go122.go:29:16:   flow: {heap} ← {storage for ... argument}:
./038_closure_loopvar_go122.go:29:16:     from ... argument (spill) at ./038_closure_loopvar_go122.go:29:14
./038_closure_loopvar_go122.go:29:16:     from fmt.Println(... argument...) (call parameter) at ./038_closure_loopvar_go122.go:29:14
./038_closure_loopvar_go122.go:26:14: ... argument does not escape
./038_closure_loopvar_go122.go:26:16: f() escapes to heap
./038_closure_loopvar_go122.go:28:39: []string{...} does not escape
./038_closure_loopvar_go122.go:29:14: ... argument does not escape
./038_closure_loopvar_go122.go:29:16: f() escapes to heap
