./escape-interfaces--errs.go:20:45: s escapes to heap in check:
./escape-interfaces--errs.go:20:45:   flow: {storage for ... argument} ← &{storage for s}:
./escape-interfaces--errs.go:20:45:     from s (spill) at ./escape-interfaces--errs.go:20:45
./escape-interfaces--errs.go:20:45:     from ... argument (slice-literal-element) at ./escape-interfaces--errs.go:20:20
./escape-interfaces--errs.go:20:45:   flow: {heap} ← {storage for ... argument}:
./escape-interfaces--errs.go:20:45:     from ... argument (spill) at ./escape-interfaces--errs.go:20:20
./escape-interfaces--errs.go:20:45:     from fmt.Errorf("bad first byte in %q", ... argument...) (call parameter) at ./escape-interfaces--errs.go:20:20
./escape-interfaces--errs.go:12:12: parameter s leaks to {storage for s} for check with derefs=0:
./escape-interfaces--errs.go:12:12:   flow: {storage for s} ← s:
./escape-interfaces--errs.go:12:12:     from s (interface-converted) at ./escape-interfaces--errs.go:20:45
./escape-interfaces--errs.go:12:12: leaking param: s
./escape-interfaces--errs.go:20:20: ... argument does not escape
./escape-interfaces--errs.go:20:45: s escapes to heap
./escape-interfaces--errs.go:31:13: ... argument does not escape
