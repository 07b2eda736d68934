./104_value_vs_pointer_return.go:15:21: parameter name leaks to ~r0 for NewConfigValue with derefs=0:
./104_value_vs_pointer_return.go:15:21:   flow: ~r0 ← name:
./104_value_vs_pointer_return.go:15:21:     from Config{...} (struct literal element) at ./104_value_vs_pointer_return.go:16:15
./104_value_vs_pointer_return.go:15:21:     from return Config{...} (return) at ./104_value_vs_pointer_return.go:16:2
./104_value_vs_pointer_return.go:15:21: leaking param: name to result ~r0 level=0
./104_value_vs_pointer_return.go:20:9: &Config{...} escapes to heap in NewConfigPtr:
./104_value_vs_pointer_return.go:20:9:   flow: ~r0 ← &{storage for &Config{...}}:
./104_value_vs_pointer_return.go:20:9:     from &Config{...} (spill) at ./104_value_vs_pointer_return.go:20:9
./104_value_vs_pointer_return.go:20:9:     from return &Config{...} (return) at ./104_value_vs_pointer_return.go:20:2
./104_value_vs_pointer_return.go:19:19: parameter name leaks to {storage for &Config{...}} for NewConfigPtr with derefs=0:
./104_value_vs_pointer_return.go:19:19:   flow: {storage for &Config{...}} ← name:
./104_value_vs_pointer_return.go:19:19:     from Config{...} (struct literal element) at ./104_value_vs_pointer_return.go:20:16
./104_value_vs_pointer_return.go:19:19: leaking param: name
./104_value_vs_pointer_return.go:20:9: &Config{...} escapes to heap
./104_value_vs_pointer_return.go:23:7: parameter c leaks to ~r0 for Config.Describe with derefs=0:
./104_value_vs_pointer_return.go:23:7:   flow: ~r0 ← c:
./104_value_vs_pointer_return.go:23:7:     from c.Name (dot) at ./104_value_vs_pointer_return.go:23:45
./104_value_vs_pointer_return.go:23:7:     from return c.Name (return) at ./104_value_vs_pointer_return.go:23:37
./104_value_vs_pointer_return.go:23:7: leaking param: c to result ~r0 level=0
./104_value_vs_pointer_return.go:25:7: c does not escape
./104_value_vs_pointer_return.go:32:24: Config.Describe(v) escapes to heap in main:
./104_value_vs_pointer_return.go:32:24:   flow: {storage for ... argument} ← &{storage for Config.Describe(v)}:
./104_value_vs_pointer_return.go:32:24:     from Config.Describe(v) (spill) at ./104_value_vs_pointer_return.go:32:24
./104_value_vs_pointer_return.go:32:24:     from ... argument (slice-literal-element) at ./104_value_vs_pointer_return.go:32:13
./104_value_vs_pointer_return.go:32:24:   flow: {heap} ← {storage for ... argument}:
./104_value_vs_pointer_return.go:32:24:     from ... argument (spill) at ./104_value_vs_pointer_return.go:32:13
./104_value_vs_pointer_return.go:32:24:     from fmt.Println(... argument...) (call parameter) at ./104_value_vs_pointer_return.go:32:13
./104_value_vs_pointer_return.go:32:29: v.Retries escapes to heap in main:
./104_value_vs_pointer_return.go:32:29:   flow: {storage for ... argument} ← &{storage for v.Retries}:
./104_value_vs_pointer_return.go:32:29:     from v.Retries (spill) at ./104_value_vs_pointer_return.go:32:29
./104_value_vs_pointer_return.go:32:29:     from ... argument (slice-literal-element) at ./104_value_vs_pointer_return.go:32:13
./104_value_vs_pointer_return.go:32:29:   flow: {heap} ← {storage for ... argument}:
./104_value_vs_pointer_return.go:32:29:     from ... argument (spill) at ./104_value_vs_pointer_return.go:32:13
./104_value_vs_pointer_return.go:32:29:     from fmt.Println(... argument...) (call parameter) at ./104_value_vs_pointer_return.go:32:13
./104_value_vs_pointer_return.go:32:49: Config.Describe(p) escapes to heap in main:
./104_value_vs_pointer_return.go:32:49:   flow: {storage for ... argument} ← &{storage for Config.Describe(p)}:
./104_value_vs_pointer_return.go:32:49:     from Config.Describe(p) (spill) at ./104_value_vs_pointer_return.go:32:49
./104_value_vs_pointer_return.go:32:49:     from ... argument (slice-literal-element) at ./104_value_vs_pointer_return.go:32:13
./104_value_vs_pointer_return.go:32:49:   flow: {heap} ← {storage for ... argument}:
./104_value_vs_pointer_return.go:32:49:     from ... argument (spill) at ./104_value_vs_pointer_return.go:32:13
./104_value_vs_pointer_return.go:32:49:     from fmt.Println(... argument...) (call parameter) at ./104_value_vs_pointer_return.go:32:13
./104_value_vs_pointer_return.go:32:54: p.Retries escapes to heap in main:
./104_value_vs_pointer_return.go:32:54:   flow: {storage for ... argument} ← &{storage for p.Retries}:
./104_value_vs_pointer_return.go:32:54:     from p.Retries (spill) at ./104_value_vs_pointer_return.go:32:54
./104_value_vs_pointer_return.go:32:54:     from ... argument (slice-literal-element) at ./104_value_vs_pointer_return.go:32:13
./104_value_vs_pointer_return.go:32:54:   flow: {heap} ← {storage for ... argument}:
./104_value_vs_pointer_return.go:32:54:     from ... argument (spill) at ./104_value_vs_pointer_return.go:32:13
./104_value_vs_pointer_return.go:32:54:     from fmt.Println(... argument...) (call parameter) at ./104_value_vs_pointer_return.go:32:13
./104_value_vs_pointer_return.go:32:13: ... argument does not escape
./104_value_vs_pointer_return.go:32:24: Config.Describe(v) escapes to heap
./104_value_vs_pointer_return.go:32:29: v.Retries escapes to heap
./104_value_vs_pointer_return.go:32:49: Config.Describe(p) escapes to heap
./104_value_vs_pointer_return.go:32:54: p.Retries escapes to heap
./104_value_vs_pointer_return.go:23:7: parameter c leaks to ~r0 for (*Config).Describe with derefs=1:
./104_value_vs_pointer_return.go:23:7:   flow: ~r0 ← *c:
./104_value_vs_pointer_return.go:23:7:     from c (indirection) at <autogenerated>:1
./104_value_vs_pointer_return.go:23:7:     from Config.Describe(c) (call parameter) at <autogenerated>:1
./104_value_vs_pointer_return.go:23:7:     from return Config.Describe(c) (return) at <autogenerated>:1
