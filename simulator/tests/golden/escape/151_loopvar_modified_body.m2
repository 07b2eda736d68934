./151_loopvar_modified_body.go:11:6: i escapes to heap in collect:
./151_loopvar_modified_body.go:11:6:   flow: {heap} ← &i:
./151_loopvar_modified_body.go:11:6:     from &i (address-of) at ./151_loopvar_modified_body.go:12:19
./151_loopvar_modified_body.go:11:6:     from append(ps, &i) (call parameter) at ./151_loopvar_modified_body.go:12:14
./151_loopvar_modified_body.go:12:14: append(ps, &i) escapes to heap in collect:
./151_loopvar_modified_body.go:12:14:   flow: ps ← &{storage for append(ps, &i)}:
./151_loopvar_modified_body.go:12:14:     from append(ps, &i) (spill) at ./151_loopvar_modified_body.go:12:14
./151_loopvar_modified_body.go:12:14:     from ps = append(ps, &i) (assign) at ./151_loopvar_modified_body.go:12:6
./151_loopvar_modified_body.go:12:14:   flow: ~r0 ← ps:
./151_loopvar_modified_body.go:12:14:     from return ps (return) at ./151_loopvar_modified_body.go:15:2
./151_loopvar_modified_body.go:11:6: moved to heap: i
./151_loopvar_modified_body.go:12:14: append escapes to heap
./151_loopvar_modified_body.go:29:17: len(ps) escapes to heap in main:
./151_loopvar_modified_body.go:29:17:   flow: {storage for ... argument} ← &{storage for len(ps)}:
./151_loopvar_modified_body.go:29:17:     from len(ps) (spill) at ./151_loopvar_modified_body.go:29:17
./151_loopvar_modified_body.go:29:17:     from ... argument (slice-literal-element) at ./151_loopvar_modified_body.go:29:13
./151_loopvar_modified_body.go:29:17:   flow: {heap} ← {storage for ... argument}:
./151_loopvar_modified_body.go:29:17:     from ... argument (spill) at ./151_loopvar_modified_body.go:29:13
./151_loopvar_modified_body.go:29:17:     from fmt.Println(... argument...) (call parameter) at ./151_loopvar_modified_body.go:29:13
./151_loopvar_modified_body.go:29:23: *ps[0] escapes to heap in main:
./151_loopvar_modified_body.go:29:23:   flow: {storage for ... argument} ← &{storage for *ps[0]}:
./151_loopvar_modified_body.go:29:23:     from *ps[0] (spill) at ./151_loopvar_modified_body.go:29:23
./151_loopvar_modified_body.go:29:23:     from ... argument (slice-literal-element) at ./151_loopvar_modified_body.go:29:13
./151_loopvar_modified_body.go:29:23:   flow: {heap} ← {storage for ... argument}:
./151_loopvar_modified_body.go:29:23:     from ... argument (spill) at ./151_loopvar_modified_body.go:29:13
./151_loopvar_modified_body.go:29:23:     from fmt.Println(... argument...) (call parameter) at ./151_loopvar_modified_body.go:29:13
./151_loopvar_modified_body.go:29:31: *ps[1] escapes to heap in main:
./151_loopvar_modified_body.go:29:31:   flow: {storage for ... argument} ← &{storage for *ps[1]}:
./151_loopvar_modified_body.go:29:31:     from *ps[1] (spill) at ./151_loopvar_modified_body.go:29:31
./151_loopvar_modified_body.go:29:31:     from ... argument (slice-literal-element) at ./151_loopvar_modified_body.go:29:13
./151_loopvar_modified_body.go:29:31:   flow: {heap} ← {storage for ... argument}:
./151_loopvar_modified_body.go:29:31:     from ... argument (spill) at ./151_loopvar_modified_body.go:29:13
./151_loopvar_modified_body.go:29:31:     from fmt.Println(... argument...) (call parameter) at ./151_loopvar_modified_body.go:29:13
./151_loopvar_modified_body.go:29:39: *ps[2] escapes to heap in main:
./151_loopvar_modified_body.go:29:39:   flow: {storage for ... argument} ← &{storage for *ps[2]}:
./151_loopvar_modified_body.go:29:39:     from *ps[2] (spill) at ./151_loopvar_modified_body.go:29:39
./151_loopvar_modified_body.go:29:39:     from ... argument (slice-literal-element) at ./151_loopvar_modified_body.go:29:13
./151_loopvar_modified_body.go:29:39:   flow: {heap} ← {storage for ... argument}:
./151_loopvar_modified_body.go:29:39:     from ... argument (spill) at ./151_loopvar_modified_body.go:29:13
./151_loopvar_modified_body.go:29:39:     from fmt.Println(... argument...) (call parameter) at ./151_loopvar_modified_body.go:29:13
./151_loopvar_modified_body.go:29:52: local() escapes to heap in main:
./151_loopvar_modified_body.go:29:52:   flow: {storage for ... argument} ← &{storage for local()}:
./151_loopvar_modified_body.go:29:52:     from local() (spill) at ./151_loopvar_modified_body.go:29:52
./151_loopvar_modified_body.go:29:52:     from ... argument (slice-literal-element) at ./151_loopvar_modified_body.go:29:13
./151_loopvar_modified_body.go:29:52:   flow: {heap} ← {storage for ... argument}:
./151_loopvar_modified_body.go:29:52:     from ... argument (spill) at ./151_loopvar_modified_body.go:29:13
./151_loopvar_modified_body.go:29:52:     from fmt.Println(... argument...) (call parameter) at ./151_loopvar_modified_body.go:29:13
./151_loopvar_modified_body.go:29:13: ... argument does not escape
./151_loopvar_modified_body.go:29:17: len(ps) escapes to heap
./151_loopvar_modified_body.go:29:23: *ps[0] escapes to heap
./151_loopvar_modified_body.go:29:31: *ps[1] escapes to heap
./151_loopvar_modified_body.go:29:39: *ps[2] escapes to heap
./151_loopvar_modified_body.go:29:52: local() escapes to heap
