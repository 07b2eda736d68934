./allocation-friendly--values.go:16:25: &item{...} escapes to heap in Before:
./allocation-friendly--values.go:16:25:   flow: {heap} ← &{storage for &item{...}}:
./allocation-friendly--values.go:16:25:     from &item{...} (spill) at ./allocation-friendly--values.go:16:25
./allocation-friendly--values.go:16:25:     from append(items, &item{...}) (call parameter) at ./allocation-friendly--values.go:16:17
./allocation-friendly--values.go:16:17: append(items, &item{...}) escapes to heap in Before:
./allocation-friendly--values.go:16:17:   flow: {heap} ← &{storage for append(items, &item{...})}:
./allocation-friendly--values.go:16:17:     from append(items, &item{...}) (spill) at ./allocation-friendly--values.go:16:17
./allocation-friendly--values.go:16:17:     from items = append(items, &item{...}) (assign) at ./allocation-friendly--values.go:16:9
./allocation-friendly--values.go:16:25: &item{...} escapes to heap
./allocation-friendly--values.go:16:17: append escapes to heap
./allocation-friendly--values.go:23:18: append(values, item{...}) escapes to heap in After:
./allocation-friendly--values.go:23:18:   flow: {heap} ← &{storage for append(values, item{...})}:
./allocation-friendly--values.go:23:18:     from append(values, item{...}) (spill) at ./allocation-friendly--values.go:23:18
./allocation-friendly--values.go:23:18:     from values = append(values, item{...}) (assign) at ./allocation-friendly--values.go:23:10
./allocation-friendly--values.go:23:18: append escapes to heap
./allocation-friendly--values.go:30:17: len(items) escapes to heap in main:
./allocation-friendly--values.go:30:17:   flow: {storage for ... argument} ← &{storage for len(items)}:
./allocation-friendly--values.go:30:17:     from len(items) (spill) at ./allocation-friendly--values.go:30:17
./allocation-friendly--values.go:30:17:     from ... argument (slice-literal-element) at ./allocation-friendly--values.go:30:13
./allocation-friendly--values.go:30:17:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--values.go:30:17:     from ... argument (spill) at ./allocation-friendly--values.go:30:13
./allocation-friendly--values.go:30:17:     from fmt.Println(... argument...) (call parameter) at ./allocation-friendly--values.go:30:13
./allocation-friendly--values.go:30:29: len(values) escapes to heap in main:
./allocation-friendly--values.go:30:29:   flow: {storage for ... argument} ← &{storage for len(values)}:
./allocation-friendly--values.go:30:29:     from len(values) (spill) at ./allocation-friendly--values.go:30:29
./allocation-friendly--values.go:30:29:     from ... argument (slice-literal-element) at ./allocation-friendly--values.go:30:13
./allocation-friendly--values.go:30:29:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--values.go:30:29:     from ... argument (spill) at ./allocation-friendly--values.go:30:13
./allocation-friendly--values.go:30:29:     from fmt.Println(... argument...) (call parameter) at ./allocation-friendly--values.go:30:13
./allocation-friendly--values.go:30:13: ... argument does not escape
./allocation-friendly--values.go:30:17: len(items) escapes to heap
./allocation-friendly--values.go:30:29: len(values) escapes to heap
