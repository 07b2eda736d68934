./allocation-friendly--closure.go:8:19: parameter f leaks to {heap} for applyAndKeep with derefs=0:
./allocation-friendly--closure.go:8:19:   flow: {heap} ← f:
./allocation-friendly--closure.go:8:19:     from saved = f (assign) at ./allocation-friendly--closure.go:9:8
./allocation-friendly--closure.go:8:19: leaking param: f
./allocation-friendly--closure.go:15:12: f does not escape
./allocation-friendly--closure.go:23:15: func literal escapes to heap in Before:
./allocation-friendly--closure.go:23:15:   flow: {heap} ← &{storage for func literal}:
./allocation-friendly--closure.go:23:15:     from func literal (spill) at ./allocation-friendly--closure.go:23:15
./allocation-friendly--closure.go:23:15:     from applyAndKeep(func literal) (call parameter) at ./allocation-friendly--closure.go:23:14
./allocation-friendly--closure.go:22:2: Before capturing by ref: total (addr=false assign=true width=8)
./allocation-friendly--closure.go:22:2: total escapes to heap in Before:
./allocation-friendly--closure.go:22:2:   flow: {storage for func literal} ← &total:
./allocation-friendly--closure.go:22:2:     from total (captured by a closure) at ./allocation-friendly--closure.go:23:29
./allocation-friendly--closure.go:22:2:     from total (reference) at ./allocation-friendly--closure.go:23:29
./allocation-friendly--closure.go:22:2: moved to heap: total
./allocation-friendly--closure.go:23:15: func literal escapes to heap
./allocation-friendly--closure.go:28:2: After capturing by ref: total (addr=false assign=true width=8)
./allocation-friendly--closure.go:29:8: func literal does not escape
./allocation-friendly--closure.go:37:14: a escapes to heap in main:
./allocation-friendly--closure.go:37:14:   flow: {storage for ... argument} ← &{storage for a}:
./allocation-friendly--closure.go:37:14:     from a (spill) at ./allocation-friendly--closure.go:37:14
./allocation-friendly--closure.go:37:14:     from ... argument (slice-literal-element) at ./allocation-friendly--closure.go:37:13
./allocation-friendly--closure.go:37:14:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--closure.go:37:14:     from ... argument (spill) at ./allocation-friendly--closure.go:37:13
./allocation-friendly--closure.go:37:14:     from fmt.Println(... argument...) (call parameter) at ./allocation-friendly--closure.go:37:13
./allocation-friendly--closure.go:37:17: sum escapes to heap in main:
./allocation-friendly--closure.go:37:17:   flow: {storage for ... argument} ← &{storage for sum}:
./allocation-friendly--closure.go:37:17:     from sum (spill) at ./allocation-friendly--closure.go:37:17
./allocation-friendly--closure.go:37:17:     from ... argument (slice-literal-element) at ./allocation-friendly--closure.go:37:13
./allocation-friendly--closure.go:37:17:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--closure.go:37:17:     from ... argument (spill) at ./allocation-friendly--closure.go:37:13
./allocation-friendly--closure.go:37:17:     from fmt.Println(... argument...) (call parameter) at ./allocation-friendly--closure.go:37:13
./allocation-friendly--closure.go:37:13: ... argument does not escape
./allocation-friendly--closure.go:37:14: a escapes to heap
./allocation-friendly--closure.go:37:17: sum escapes to heap
