./heap--sidebyside.go:14:19: append(registry, u) escapes to heap in register:
./heap--sidebyside.go:14:19:   flow: {heap} ← &{storage for append(registry, u)}:
./heap--sidebyside.go:14:19:     from append(registry, u) (spill) at ./heap--sidebyside.go:14:19
./heap--sidebyside.go:14:19:     from registry = append(registry, u) (assign) at ./heap--sidebyside.go:14:11
./heap--sidebyside.go:13:7: &user{...} escapes to heap in register:
./heap--sidebyside.go:13:7:   flow: u ← &{storage for &user{...}}:
./heap--sidebyside.go:13:7:     from &user{...} (spill) at ./heap--sidebyside.go:13:7
./heap--sidebyside.go:13:7:     from u := &user{...} (assign) at ./heap--sidebyside.go:13:4
./heap--sidebyside.go:13:7:   flow: {heap} ← u:
./heap--sidebyside.go:13:7:     from append(registry, u) (call parameter) at ./heap--sidebyside.go:14:19
./heap--sidebyside.go:12:15: parameter name leaks to {storage for &user{...}} for register with derefs=0:
./heap--sidebyside.go:12:15:   flow: {storage for &user{...}} ← name:
./heap--sidebyside.go:12:15:     from user{...} (struct literal element) at ./heap--sidebyside.go:13:12
./heap--sidebyside.go:12:15: leaking param: name
./heap--sidebyside.go:13:7: &user{...} escapes to heap
./heap--sidebyside.go:14:19: append escapes to heap
./heap--sidebyside.go:22:19: local.age escapes to heap in main:
./heap--sidebyside.go:22:19:   flow: {storage for ... argument} ← &{storage for local.age}:
./heap--sidebyside.go:22:19:     from local.age (spill) at ./heap--sidebyside.go:22:19
./heap--sidebyside.go:22:19:     from ... argument (slice-literal-element) at ./heap--sidebyside.go:22:13
./heap--sidebyside.go:22:19:   flow: {heap} ← {storage for ... argument}:
./heap--sidebyside.go:22:19:     from ... argument (spill) at ./heap--sidebyside.go:22:13
./heap--sidebyside.go:22:19:     from fmt.Println(... argument...) (call parameter) at ./heap--sidebyside.go:22:13
./heap--sidebyside.go:22:26: p.age escapes to heap in main:
./heap--sidebyside.go:22:26:   flow: {storage for ... argument} ← &{storage for p.age}:
./heap--sidebyside.go:22:26:     from p.age (spill) at ./heap--sidebyside.go:22:26
./heap--sidebyside.go:22:26:     from ... argument (slice-literal-element) at ./heap--sidebyside.go:22:13
./heap--sidebyside.go:22:26:   flow: {heap} ← {storage for ... argument}:
./heap--sidebyside.go:22:26:     from ... argument (spill) at ./heap--sidebyside.go:22:13
./heap--sidebyside.go:22:26:     from fmt.Println(... argument...) (call parameter) at ./heap--sidebyside.go:22:13
./heap--sidebyside.go:22:35: len(registry) escapes to heap in main:
./heap--sidebyside.go:22:35:   flow: {storage for ... argument} ← &{storage for len(registry)}:
./heap--sidebyside.go:22:35:     from len(registry) (spill) at ./heap--sidebyside.go:22:35
./heap--sidebyside.go:22:35:     from ... argument (slice-literal-element) at ./heap--sidebyside.go:22:13
./heap--sidebyside.go:22:35:   flow: {heap} ← {storage for ... argument}:
./heap--sidebyside.go:22:35:     from ... argument (spill) at ./heap--sidebyside.go:22:13
./heap--sidebyside.go:22:35:     from fmt.Println(... argument...) (call parameter) at ./heap--sidebyside.go:22:13
./heap--sidebyside.go:22:13: ... argument does not escape
./heap--sidebyside.go:22:19: local.age escapes to heap
./heap--sidebyside.go:22:26: p.age escapes to heap
./heap--sidebyside.go:22:35: len(registry) escapes to heap
