./allocation-friendly--boxany.go:8:40: append(events, v) escapes to heap in recordAny:
./allocation-friendly--boxany.go:8:40:   flow: {heap} ← &{storage for append(events, v)}:
./allocation-friendly--boxany.go:8:40:     from append(events, v) (spill) at ./allocation-friendly--boxany.go:8:40
./allocation-friendly--boxany.go:8:40:     from events = append(events, v) (assign) at ./allocation-friendly--boxany.go:8:32
./allocation-friendly--boxany.go:8:16: parameter v leaks to {heap} for recordAny with derefs=0:
./allocation-friendly--boxany.go:8:16:   flow: {heap} ← v:
./allocation-friendly--boxany.go:8:16:     from append(events, v) (call parameter) at ./allocation-friendly--boxany.go:8:40
./allocation-friendly--boxany.go:8:16: leaking param: v
./allocation-friendly--boxany.go:8:40: append escapes to heap
./allocation-friendly--boxany.go:9:37: append(ids, v) escapes to heap in recordInt:
./allocation-friendly--boxany.go:9:37:   flow: {heap} ← &{storage for append(ids, v)}:
./allocation-friendly--boxany.go:9:37:     from append(ids, v) (spill) at ./allocation-friendly--boxany.go:9:37
./allocation-friendly--boxany.go:9:37:     from ids = append(ids, v) (assign) at ./allocation-friendly--boxany.go:9:29
./allocation-friendly--boxany.go:9:37: append escapes to heap
./allocation-friendly--boxany.go:14:13: i escapes to heap in Before:
./allocation-friendly--boxany.go:14:13:   flow: {heap} ← &{storage for i}:
./allocation-friendly--boxany.go:14:13:     from i (spill) at ./allocation-friendly--boxany.go:14:13
./allocation-friendly--boxany.go:14:13:     from recordAny(i) (call parameter) at ./allocation-friendly--boxany.go:14:12
./allocation-friendly--boxany.go:14:13: i escapes to heap
./allocation-friendly--boxany.go:28:17: len(events) escapes to heap in main:
./allocation-friendly--boxany.go:28:17:   flow: {storage for ... argument} ← &{storage for len(events)}:
./allocation-friendly--boxany.go:28:17:     from len(events) (spill) at ./allocation-friendly--boxany.go:28:17
./allocation-friendly--boxany.go:28:17:     from ... argument (slice-literal-element) at ./allocation-friendly--boxany.go:28:13
./allocation-friendly--boxany.go:28:17:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--boxany.go:28:17:     from ... argument (spill) at ./allocation-friendly--boxany.go:28:13
./allocation-friendly--boxany.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./allocation-friendly--boxany.go:28:13
./allocation-friendly--boxany.go:28:30: len(ids) escapes to heap in main:
./allocation-friendly--boxany.go:28:30:   flow: {storage for ... argument} ← &{storage for len(ids)}:
./allocation-friendly--boxany.go:28:30:     from len(ids) (spill) at ./allocation-friendly--boxany.go:28:30
./allocation-friendly--boxany.go:28:30:     from ... argument (slice-literal-element) at ./allocation-friendly--boxany.go:28:13
./allocation-friendly--boxany.go:28:30:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--boxany.go:28:30:     from ... argument (spill) at ./allocation-friendly--boxany.go:28:13
./allocation-friendly--boxany.go:28:30:     from fmt.Println(... argument...) (call parameter) at ./allocation-friendly--boxany.go:28:13
./allocation-friendly--boxany.go:28:13: ... argument does not escape
./allocation-friendly--boxany.go:28:17: len(events) escapes to heap
./allocation-friendly--boxany.go:28:30: len(ids) escapes to heap
