./077_append_forms.go:14:13: append does not escape
./077_append_forms.go:22:15: append(out, i * i) escapes to heap in returned:
./077_append_forms.go:22:15:   flow: out ← &{storage for append(out, i * i)}:
./077_append_forms.go:22:15:     from append(out, i * i) (spill) at ./077_append_forms.go:22:15
./077_append_forms.go:22:15:     from out = append(out, i * i) (assign) at ./077_append_forms.go:22:7
./077_append_forms.go:22:15:   flow: ~r0 ← out:
./077_append_forms.go:22:15:     from return out (return) at ./077_append_forms.go:24:2
./077_append_forms.go:22:15: append escapes to heap
./077_append_forms.go:28:17: append(global, name) escapes to heap in stored:
./077_append_forms.go:28:17:   flow: {heap} ← &{storage for append(global, name)}:
./077_append_forms.go:28:17:     from append(global, name) (spill) at ./077_append_forms.go:28:17
./077_append_forms.go:28:17:     from global = append(global, name) (assign) at ./077_append_forms.go:28:9
./077_append_forms.go:27:13: parameter name leaks to {heap} for stored with derefs=0:
./077_append_forms.go:27:13:   flow: {heap} ← name:
./077_append_forms.go:27:13:     from append(global, name) (call parameter) at ./077_append_forms.go:28:17
./077_append_forms.go:27:13: leaking param: name
./077_append_forms.go:28:17: append escapes to heap
./077_append_forms.go:32:2: x escapes to heap in pointers:
./077_append_forms.go:32:2:   flow: {heap} ← &x:
./077_append_forms.go:32:2:     from &x (address-of) at ./077_append_forms.go:34:18
./077_append_forms.go:32:2:     from append(ps, &x, &y) (call parameter) at ./077_append_forms.go:34:13
./077_append_forms.go:32:5: y escapes to heap in pointers:
./077_append_forms.go:32:5:   flow: {heap} ← &y:
./077_append_forms.go:32:5:     from &y (address-of) at ./077_append_forms.go:34:22
./077_append_forms.go:32:5:     from append(ps, &x, &y) (call parameter) at ./077_append_forms.go:34:13
./077_append_forms.go:32:2: moved to heap: x
./077_append_forms.go:32:5: moved to heap: y
./077_append_forms.go:33:14: []*int{} does not escape
./077_append_forms.go:34:13: append does not escape
./077_append_forms.go:40:19: local() escapes to heap in main:
./077_append_forms.go:40:19:   flow: {storage for ... argument} ← &{storage for local()}:
./077_append_forms.go:40:19:     from local() (spill) at ./077_append_forms.go:40:19
./077_append_forms.go:40:19:     from ... argument (slice-literal-element) at ./077_append_forms.go:40:13
./077_append_forms.go:40:19:   flow: {heap} ← {storage for ... argument}:
./077_append_forms.go:40:19:     from ... argument (spill) at ./077_append_forms.go:40:13
./077_append_forms.go:40:19:     from fmt.Println(... argument...) (call parameter) at ./077_append_forms.go:40:13
./077_append_forms.go:40:31: returned(3) escapes to heap in main:
./077_append_forms.go:40:31:   flow: {storage for ... argument} ← &{storage for returned(3)}:
./077_append_forms.go:40:31:     from returned(3) (spill) at ./077_append_forms.go:40:31
./077_append_forms.go:40:31:     from ... argument (slice-literal-element) at ./077_append_forms.go:40:13
./077_append_forms.go:40:31:   flow: {heap} ← {storage for ... argument}:
./077_append_forms.go:40:31:     from ... argument (spill) at ./077_append_forms.go:40:13
./077_append_forms.go:40:31:     from fmt.Println(... argument...) (call parameter) at ./077_append_forms.go:40:13
./077_append_forms.go:40:36: global escapes to heap in main:
./077_append_forms.go:40:36:   flow: {storage for ... argument} ← &{storage for global}:
./077_append_forms.go:40:36:     from global (spill) at ./077_append_forms.go:40:36
./077_append_forms.go:40:36:     from ... argument (slice-literal-element) at ./077_append_forms.go:40:13
./077_append_forms.go:40:36:   flow: {heap} ← {storage for ... argument}:
./077_append_forms.go:40:36:     from ... argument (spill) at ./077_append_forms.go:40:13
./077_append_forms.go:40:36:     from fmt.Println(... argument...) (call parameter) at ./077_append_forms.go:40:13
./077_append_forms.go:40:52: pointers() escapes to heap in main:
./077_append_forms.go:40:52:   flow: {storage for ... argument} ← &{storage for pointers()}:
./077_append_forms.go:40:52:     from pointers() (spill) at ./077_append_forms.go:40:52
./077_append_forms.go:40:52:     from ... argument (slice-literal-element) at ./077_append_forms.go:40:13
./077_append_forms.go:40:52:   flow: {heap} ← {storage for ... argument}:
./077_append_forms.go:40:52:     from ... argument (spill) at ./077_append_forms.go:40:13
./077_append_forms.go:40:52:     from fmt.Println(... argument...) (call parameter) at ./077_append_forms.go:40:13
./077_append_forms.go:40:13: ... argument does not escape
./077_append_forms.go:40:19: local() escapes to heap
./077_append_forms.go:40:31: returned(3) escapes to heap
./077_append_forms.go:40:36: global escapes to heap
./077_append_forms.go:40:52: pointers() escapes to heap
