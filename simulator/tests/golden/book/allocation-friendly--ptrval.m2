./allocation-friendly--ptrval.go:10:9: &vec{...} escapes to heap in newVec:
./allocation-friendly--ptrval.go:10:9:   flow: ~r0 ← &{storage for &vec{...}}:
./allocation-friendly--ptrval.go:10:9:     from &vec{...} (spill) at ./allocation-friendly--ptrval.go:10:9
./allocation-friendly--ptrval.go:10:9:     from return &vec{...} (return) at ./allocation-friendly--ptrval.go:10:2
./allocation-friendly--ptrval.go:10:9: &vec{...} escapes to heap
./allocation-friendly--ptrval.go:30:14: sum escapes to heap in main:
./allocation-friendly--ptrval.go:30:14:   flow: {storage for ... argument} ← &{storage for sum}:
./allocation-friendly--ptrval.go:30:14:     from sum (spill) at ./allocation-friendly--ptrval.go:30:14
./allocation-friendly--ptrval.go:30:14:     from ... argument (slice-literal-element) at ./allocation-friendly--ptrval.go:30:13
./allocation-friendly--ptrval.go:30:14:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--ptrval.go:30:14:     from ... argument (spill) at ./allocation-friendly--ptrval.go:30:13
./allocation-friendly--ptrval.go:30:14:     from fmt.Println(... argument...) (call parameter) at ./allocation-friendly--ptrval.go:30:13
./allocation-friendly--ptrval.go:30:13: ... argument does not escape
./allocation-friendly--ptrval.go:30:14: sum escapes to heap
