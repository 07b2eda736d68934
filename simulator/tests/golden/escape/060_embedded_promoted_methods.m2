./060_embedded_promoted_methods.go:10:59: l.prefix + msg escapes to heap in (*Logger).Log:
./060_embedded_promoted_methods.go:10:59:   flow: ~r0 ← &{storage for l.prefix + msg}:
./060_embedded_promoted_methods.go:10:59:     from l.prefix + msg (spill) at ./060_embedded_promoted_methods.go:10:59
./060_embedded_promoted_methods.go:10:59:     from return l.prefix + msg (return) at ./060_embedded_promoted_methods.go:10:43
./060_embedded_promoted_methods.go:10:7: l does not escape
./060_embedded_promoted_methods.go:10:22: msg does not escape
./060_embedded_promoted_methods.go:10:59: l.prefix + msg escapes to heap
./060_embedded_promoted_methods.go:11:7: parameter l leaks to ~r0 for Logger.Prefix with derefs=0:
./060_embedded_promoted_methods.go:11:7:   flow: ~r0 ← l:
./060_embedded_promoted_methods.go:11:7:     from l.prefix (dot) at ./060_embedded_promoted_methods.go:11:50
./060_embedded_promoted_methods.go:11:7:     from return l.prefix (return) at ./060_embedded_promoted_methods.go:11:42
./060_embedded_promoted_methods.go:11:7: leaking param: l to result ~r0 level=0
./060_embedded_promoted_methods.go:25:7: parameter l leaks to {heap} for (*Logger).Register with derefs=0:
./060_embedded_promoted_methods.go:25:7:   flow: {heap} ← l:
./060_embedded_promoted_methods.go:25:7:     from lastLogger = l (assign) at ./060_embedded_promoted_methods.go:25:42
./060_embedded_promoted_methods.go:25:7: leaking param: l
./060_embedded_promoted_methods.go:32:6: r escapes to heap in main:
./060_embedded_promoted_methods.go:32:6:   flow: {heap} ← &r:
./060_embedded_promoted_methods.go:32:6:     from r.Logger (dot) at ./060_embedded_promoted_methods.go:33:3
./060_embedded_promoted_methods.go:32:6:     from r.Logger (address-of) at ./060_embedded_promoted_methods.go:33:3
./060_embedded_promoted_methods.go:32:6:     from (*Logger).Register(r.Logger) (call parameter) at ./060_embedded_promoted_methods.go:33:12
./060_embedded_promoted_methods.go:34:14: out escapes to heap in main:
./060_embedded_promoted_methods.go:34:14:   flow: {storage for ... argument} ← &{storage for out}:
./060_embedded_promoted_methods.go:34:14:     from out (spill) at ./060_embedded_promoted_methods.go:34:14
./060_embedded_promoted_methods.go:34:14:     from ... argument (slice-literal-element) at ./060_embedded_promoted_methods.go:34:13
./060_embedded_promoted_methods.go:34:14:   flow: {heap} ← {storage for ... argument}:
./060_embedded_promoted_methods.go:34:14:     from ... argument (spill) at ./060_embedded_promoted_methods.go:34:13
./060_embedded_promoted_methods.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./060_embedded_promoted_methods.go:34:13
./060_embedded_promoted_methods.go:34:19: out2 escapes to heap in main:
./060_embedded_promoted_methods.go:34:19:   flow: {storage for ... argument} ← &{storage for out2}:
./060_embedded_promoted_methods.go:34:19:     from out2 (spill) at ./060_embedded_promoted_methods.go:34:19
./060_embedded_promoted_methods.go:34:19:     from ... argument (slice-literal-element) at ./060_embedded_promoted_methods.go:34:13
./060_embedded_promoted_methods.go:34:19:   flow: {heap} ← {storage for ... argument}:
./060_embedded_promoted_methods.go:34:19:     from ... argument (spill) at ./060_embedded_promoted_methods.go:34:13
./060_embedded_promoted_methods.go:34:19:     from fmt.Println(... argument...) (call parameter) at ./060_embedded_promoted_methods.go:34:13
./060_embedded_promoted_methods.go:34:33: Logger.Prefix(s.Logger) escapes to heap in main:
./060_embedded_promoted_methods.go:34:33:   flow: {storage for ... argument} ← &{storage for Logger.Prefix(s.Logger)}:
./060_embedded_promoted_methods.go:34:33:     from Logger.Prefix(s.Logger) (spill) at ./060_embedded_promoted_methods.go:34:33
./060_embedded_promoted_methods.go:34:33:     from ... argument (slice-literal-element) at ./060_embedded_promoted_methods.go:34:13
./060_embedded_promoted_methods.go:34:33:   flow: {heap} ← {storage for ... argument}:
./060_embedded_promoted_methods.go:34:33:     from ... argument (spill) at ./060_embedded_promoted_methods.go:34:13
./060_embedded_promoted_methods.go:34:33:     from fmt.Println(... argument...) (call parameter) at ./060_embedded_promoted_methods.go:34:13
./060_embedded_promoted_methods.go:34:45: Logger.Prefix(p.Logger) escapes to heap in main:
./060_embedded_promoted_methods.go:34:45:   flow: {storage for ... argument} ← &{storage for Logger.Prefix(p.Logger)}:
./060_embedded_promoted_methods.go:34:45:     from Logger.Prefix(p.Logger) (spill) at ./060_embedded_promoted_methods.go:34:45
./060_embedded_promoted_methods.go:34:45:     from ... argument (slice-literal-element) at ./060_embedded_promoted_methods.go:34:13
./060_embedded_promoted_methods.go:34:45:   flow: {heap} ← {storage for ... argument}:
./060_embedded_promoted_methods.go:34:45:     from ... argument (spill) at ./060_embedded_promoted_methods.go:34:13
./060_embedded_promoted_methods.go:34:45:     from fmt.Println(... argument...) (call parameter) at ./060_embedded_promoted_methods.go:34:13
./060_embedded_promoted_methods.go:34:60: lastLogger == &r.Logger escapes to heap in main:
./060_embedded_promoted_methods.go:34:60:   flow: {storage for ... argument} ← &{storage for lastLogger == &r.Logger}:
./060_embedded_promoted_methods.go:34:60:     from lastLogger == &r.Logger (spill) at ./060_embedded_promoted_methods.go:34:60
./060_embedded_promoted_methods.go:34:60:     from ... argument (slice-literal-element) at ./060_embedded_promoted_methods.go:34:13
./060_embedded_promoted_methods.go:34:60:   flow: {heap} ← {storage for ... argument}:
./060_embedded_promoted_methods.go:34:60:     from ... argument (spill) at ./060_embedded_promoted_methods.go:34:13
./060_embedded_promoted_methods.go:34:60:     from fmt.Println(... argument...) (call parameter) at ./060_embedded_promoted_methods.go:34:13
./060_embedded_promoted_methods.go:32:6: moved to heap: r
./060_embedded_promoted_methods.go:30:18: &Logger{...} does not escape
./060_embedded_promoted_methods.go:34:13: ... argument does not escape
./060_embedded_promoted_methods.go:34:14: out escapes to heap
./060_embedded_promoted_methods.go:34:19: out2 escapes to heap
./060_embedded_promoted_methods.go:34:33: Logger.Prefix(s.Logger) escapes to heap
./060_embedded_promoted_methods.go:34:45: Logger.Prefix(p.Logger) escapes to heap
./060_embedded_promoted_methods.go:34:60: lastLogger == &r.Logger escapes to heap
./060_embedded_promoted_methods.go:11:7: parameter l leaks to ~r0 for (*Logger).Prefix with derefs=1:
./060_embedded_promoted_methods.go:11:7:   flow: ~r0 ← *l:
./060_embedded_promoted_methods.go:11:7:     from l (indirection) at <autogenerated>:1
./060_embedded_promoted_methods.go:11:7:     from Logger.Prefix(l) (call parameter) at <autogenerated>:1
./060_embedded_promoted_methods.go:11:7:     from return Logger.Prefix(l) (return) at <autogenerated>:1
./060_embedded_promoted_methods.go:11:7: parameter l leaks to ~r0 for Service.Prefix with derefs=0:
./060_embedded_promoted_methods.go:11:7:   flow: ~r0 ← l:
./060_embedded_promoted_methods.go:11:7:     from l.Logger (dot) at <autogenerated>:1
./060_embedded_promoted_methods.go:11:7:     from Logger.Prefix(l.Logger) (call parameter) at <autogenerated>:1
./060_embedded_promoted_methods.go:11:7:     from return Logger.Prefix(l.Logger) (return) at <autogenerated>:1
./060_embedded_promoted_methods.go:11:7: parameter l leaks to ~r0 for (*Service).Prefix with derefs=1:
./060_embedded_promoted_methods.go:11:7:   flow: ~r0 ← *l:
./060_embedded_promoted_methods.go:11:7:     from l.Logger (dot of pointer) at <autogenerated>:1
./060_embedded_promoted_methods.go:11:7:     from Logger.Prefix(l.Logger) (call parameter) at <autogenerated>:1
./060_embedded_promoted_methods.go:11:7:     from return Logger.Prefix(l.Logger) (return) at <autogenerated>:1
./060_embedded_promoted_methods.go:25:7: parameter l leaks to {heap} for (*Service).Register with derefs=0:
./060_embedded_promoted_methods.go:25:7:   flow: {heap} ← l:
./060_embedded_promoted_methods.go:25:7:     from l.Logger (dot of pointer) at <autogenerated>:1
./060_embedded_promoted_methods.go:25:7:     from l.Logger (address-of) at <autogenerated>:1
./060_embedded_promoted_methods.go:25:7:     from (*Logger).Register(l.Logger) (call parameter) at <autogenerated>:1
./060_embedded_promoted_methods.go:11:7: parameter l leaks to ~r0 for PtrService.Prefix with derefs=1:
./060_embedded_promoted_methods.go:11:7:   flow: ~r0 ← *l:
./060_embedded_promoted_methods.go:11:7:     from l.Logger (dot) at <autogenerated>:1
./060_embedded_promoted_methods.go:11:7:     from l.Logger (indirection) at <autogenerated>:1
./060_embedded_promoted_methods.go:11:7:     from Logger.Prefix(l.Logger) (call parameter) at <autogenerated>:1
./060_embedded_promoted_methods.go:11:7:     from return Logger.Prefix(l.Logger) (return) at <autogenerated>:1
./060_embedded_promoted_methods.go:11:7: parameter l leaks to ~r0 for (*PtrService).Prefix with derefs=2:
./060_embedded_promoted_methods.go:11:7:   flow: ~r0 ← **l:
./060_embedded_promoted_methods.go:11:7:     from l.Logger (dot of pointer) at <autogenerated>:1
./060_embedded_promoted_methods.go:11:7:     from l.Logger (indirection) at <autogenerated>:1
./060_embedded_promoted_methods.go:11:7:     from Logger.Prefix(l.Logger) (call parameter) at <autogenerated>:1
./060_embedded_promoted_methods.go:11:7:     from return Logger.Prefix(l.Logger) (return) at <autogenerated>:1
./060_embedded_promoted_methods.go:25:7: parameter l leaks to {heap} for PtrService.Register with derefs=0:
./060_embedded_promoted_methods.go:25:7:   flow: {heap} ← l:
./060_embedded_promoted_methods.go:25:7:     from l.Logger (dot) at <autogenerated>:1
./060_embedded_promoted_methods.go:25:7:     from (*Logger).Register(l.Logger) (call parameter) at <autogenerated>:1
./060_embedded_promoted_methods.go:25:7: parameter l leaks to {heap} for (*PtrService).Register with derefs=1:
./060_embedded_promoted_methods.go:25:7:   flow: {heap} ← *l:
./060_embedded_promoted_methods.go:25:7:     from l.Logger (dot of pointer) at <autogenerated>:1
./060_embedded_promoted_methods.go:25:7:     from (*Logger).Register(l.Logger) (call parameter) at <autogenerated>:1
