./allocation-friendly--errors.go:32:31: lastErr == errNotFound escapes to heap in main:
./allocation-friendly--errors.go:32:31:   flow: {storage for ... argument} ← &{storage for lastErr == errNotFound}:
./allocation-friendly--errors.go:32:31:     from lastErr == errNotFound (spill) at ./allocation-friendly--errors.go:32:31
./allocation-friendly--errors.go:32:31:     from ... argument (slice-literal-element) at ./allocation-friendly--errors.go:32:13
./allocation-friendly--errors.go:32:31:   flow: {heap} ← {storage for ... argument}:
./allocation-friendly--errors.go:32:31:     from ... argument (spill) at ./allocation-friendly--errors.go:32:13
./allocation-friendly--errors.go:32:31:     from fmt.Println(... argument...) (call parameter) at ./allocation-friendly--errors.go:32:13
./allocation-friendly--errors.go:30:13: ... argument does not escape
./allocation-friendly--errors.go:32:13: ... argument does not escape
./allocation-friendly--errors.go:32:31: lastErr == errNotFound escapes to heap
