./escape-interfaces--printing.go:8:14: n escapes to heap in report:
./escape-interfaces--printing.go:8:14:   flow: {storage for ... argument} ← &{storage for n}:
./escape-interfaces--printing.go:8:14:     from n (spill) at ./escape-interfaces--printing.go:8:14
./escape-interfaces--printing.go:8:14:     from ... argument (slice-literal-element) at ./escape-interfaces--printing.go:8:13
./escape-interfaces--printing.go:8:14:   flow: {heap} ← {storage for ... argument}:
./escape-interfaces--printing.go:8:14:     from ... argument (spill) at ./escape-interfaces--printing.go:8:13
./escape-interfaces--printing.go:8:14:     from fmt.Println(... argument...) (call parameter) at ./escape-interfaces--printing.go:8:13
./escape-interfaces--printing.go:8:17: name escapes to heap in report:
./escape-interfaces--printing.go:8:17:   flow: {storage for ... argument} ← &{storage for name}:
./escape-interfaces--printing.go:8:17:     from name (spill) at ./escape-interfaces--printing.go:8:17
./escape-interfaces--printing.go:8:17:     from ... argument (slice-literal-element) at ./escape-interfaces--printing.go:8:13
./escape-interfaces--printing.go:8:17:   flow: {heap} ← {storage for ... argument}:
./escape-interfaces--printing.go:8:17:     from ... argument (spill) at ./escape-interfaces--printing.go:8:13
./escape-interfaces--printing.go:8:17:     from fmt.Println(... argument...) (call parameter) at ./escape-interfaces--printing.go:8:13
./escape-interfaces--printing.go:9:24: name escapes to heap in report:
./escape-interfaces--printing.go:9:24:   flow: {storage for ... argument} ← &{storage for name}:
./escape-interfaces--printing.go:9:24:     from name (spill) at ./escape-interfaces--printing.go:9:24
./escape-interfaces--printing.go:9:24:     from ... argument (slice-literal-element) at ./escape-interfaces--printing.go:9:12
./escape-interfaces--printing.go:9:24:   flow: {heap} ← {storage for ... argument}:
./escape-interfaces--printing.go:9:24:     from ... argument (spill) at ./escape-interfaces--printing.go:9:12
./escape-interfaces--printing.go:9:24:     from fmt.Printf("%s=%d\n", ... argument...) (call parameter) at ./escape-interfaces--printing.go:9:12
./escape-interfaces--printing.go:9:30: n escapes to heap in report:
./escape-interfaces--printing.go:9:30:   flow: {storage for ... argument} ← &{storage for n}:
./escape-interfaces--printing.go:9:30:     from n (spill) at ./escape-interfaces--printing.go:9:30
./escape-interfaces--printing.go:9:30:     from ... argument (slice-literal-element) at ./escape-interfaces--printing.go:9:12
./escape-interfaces--printing.go:9:30:   flow: {heap} ← {storage for ... argument}:
./escape-interfaces--printing.go:9:30:     from ... argument (spill) at ./escape-interfaces--printing.go:9:12
./escape-interfaces--printing.go:9:30:     from fmt.Printf("%s=%d\n", ... argument...) (call parameter) at ./escape-interfaces--printing.go:9:12
./escape-interfaces--printing.go:10:30: name escapes to heap in report:
./escape-interfaces--printing.go:10:30:   flow: {storage for ... argument} ← &{storage for name}:
./escape-interfaces--printing.go:10:30:     from name (spill) at ./escape-interfaces--printing.go:10:30
./escape-interfaces--printing.go:10:30:     from ... argument (slice-literal-element) at ./escape-interfaces--printing.go:10:20
./escape-interfaces--printing.go:10:30:   flow: {heap} ← {storage for ... argument}:
./escape-interfaces--printing.go:10:30:     from ... argument (spill) at ./escape-interfaces--printing.go:10:20
./escape-interfaces--printing.go:10:30:     from fmt.Sprintf("%s=%d", ... argument...) (call parameter) at ./escape-interfaces--printing.go:10:20
./escape-interfaces--printing.go:10:36: n escapes to heap in report:
./escape-interfaces--printing.go:10:36:   flow: {storage for ... argument} ← &{storage for n}:
./escape-interfaces--printing.go:10:36:     from n (spill) at ./escape-interfaces--printing.go:10:36
./escape-interfaces--printing.go:10:36:     from ... argument (slice-literal-element) at ./escape-interfaces--printing.go:10:20
./escape-interfaces--printing.go:10:36:   flow: {heap} ← {storage for ... argument}:
./escape-interfaces--printing.go:10:36:     from ... argument (spill) at ./escape-interfaces--printing.go:10:20
./escape-interfaces--printing.go:10:36:     from fmt.Sprintf("%s=%d", ... argument...) (call parameter) at ./escape-interfaces--printing.go:10:20
./escape-interfaces--printing.go:11:14: msg escapes to heap in report:
./escape-interfaces--printing.go:11:14:   flow: {storage for ... argument} ← &{storage for msg}:
./escape-interfaces--printing.go:11:14:     from msg (spill) at ./escape-interfaces--printing.go:11:14
./escape-interfaces--printing.go:11:14:     from ... argument (slice-literal-element) at ./escape-interfaces--printing.go:11:13
./escape-interfaces--printing.go:11:14:   flow: {heap} ← {storage for ... argument}:
./escape-interfaces--printing.go:11:14:     from ... argument (spill) at ./escape-interfaces--printing.go:11:13
./escape-interfaces--printing.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./escape-interfaces--printing.go:11:13
./escape-interfaces--printing.go:12:2: pt escapes to heap in report:
./escape-interfaces--printing.go:12:2:   flow: {storage for ... argument} ← &pt:
./escape-interfaces--printing.go:12:2:     from &pt (address-of) at ./escape-interfaces--printing.go:13:14
./escape-interfaces--printing.go:12:2:     from &pt (interface-converted) at ./escape-interfaces--printing.go:13:14
./escape-interfaces--printing.go:12:2:     from ... argument (slice-literal-element) at ./escape-interfaces--printing.go:13:13
./escape-interfaces--printing.go:12:2:   flow: {heap} ← {storage for ... argument}:
./escape-interfaces--printing.go:12:2:     from ... argument (spill) at ./escape-interfaces--printing.go:13:13
./escape-interfaces--printing.go:12:2:     from fmt.Println(... argument...) (call parameter) at ./escape-interfaces--printing.go:13:13
./escape-interfaces--printing.go:7:20: parameter name leaks to {storage for name} for report with derefs=0:
./escape-interfaces--printing.go:7:20:   flow: {storage for name} ← name:
./escape-interfaces--printing.go:7:20:     from name (interface-converted) at ./escape-interfaces--printing.go:10:30
./escape-interfaces--printing.go:7:20: parameter name leaks to {storage for name} for report with derefs=0:
./escape-interfaces--printing.go:7:20:   flow: {storage for name} ← name:
./escape-interfaces--printing.go:7:20:     from name (interface-converted) at ./escape-interfaces--printing.go:9:24
./escape-interfaces--printing.go:7:20: parameter name leaks to {storage for name} for report with derefs=0:
./escape-interfaces--printing.go:7:20:   flow: {storage for name} ← name:
./escape-interfaces--printing.go:7:20:     from name (interface-converted) at ./escape-interfaces--printing.go:8:17
./escape-interfaces--printing.go:7:20: leaking param: name
./escape-interfaces--printing.go:12:2: moved to heap: pt
./escape-interfaces--printing.go:8:13: ... argument does not escape
./escape-interfaces--printing.go:8:14: n escapes to heap
./escape-interfaces--printing.go:8:17: name escapes to heap
./escape-interfaces--printing.go:9:12: ... argument does not escape
./escape-interfaces--printing.go:9:24: name escapes to heap
./escape-interfaces--printing.go:9:30: n escapes to heap
./escape-interfaces--printing.go:10:20: ... argument does not escape
./escape-interfaces--printing.go:10:30: name escapes to heap
./escape-interfaces--printing.go:10:36: n escapes to heap
./escape-interfaces--printing.go:11:13: ... argument does not escape
./escape-interfaces--printing.go:11:14: msg escapes to heap
./escape-interfaces--printing.go:13:13: ... argument does not escape
