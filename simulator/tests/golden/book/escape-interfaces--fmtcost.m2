./escape-interfaces--fmtcost.go:12:33: small escapes to heap in PrintSmall:
./escape-interfaces--fmtcost.go:12:33:   flow: {storage for ... argument} ← &{storage for small}:
./escape-interfaces--fmtcost.go:12:33:     from small (spill) at ./escape-interfaces--fmtcost.go:12:33
./escape-interfaces--fmtcost.go:12:33:     from ... argument (slice-literal-element) at ./escape-interfaces--fmtcost.go:12:32
./escape-interfaces--fmtcost.go:12:33:   flow: {heap} ← {storage for ... argument}:
./escape-interfaces--fmtcost.go:12:33:     from ... argument (spill) at ./escape-interfaces--fmtcost.go:12:32
./escape-interfaces--fmtcost.go:12:33:     from fmt.Println(... argument...) (call parameter) at ./escape-interfaces--fmtcost.go:12:32
./escape-interfaces--fmtcost.go:12:32: ... argument does not escape
./escape-interfaces--fmtcost.go:12:33: small escapes to heap
./escape-interfaces--fmtcost.go:13:33: big escapes to heap in PrintBig:
./escape-interfaces--fmtcost.go:13:33:   flow: {storage for ... argument} ← &{storage for big}:
./escape-interfaces--fmtcost.go:13:33:     from big (spill) at ./escape-interfaces--fmtcost.go:13:33
./escape-interfaces--fmtcost.go:13:33:     from ... argument (slice-literal-element) at ./escape-interfaces--fmtcost.go:13:32
./escape-interfaces--fmtcost.go:13:33:   flow: {heap} ← {storage for ... argument}:
./escape-interfaces--fmtcost.go:13:33:     from ... argument (spill) at ./escape-interfaces--fmtcost.go:13:32
./escape-interfaces--fmtcost.go:13:33:     from fmt.Println(... argument...) (call parameter) at ./escape-interfaces--fmtcost.go:13:32
./escape-interfaces--fmtcost.go:13:32: ... argument does not escape
./escape-interfaces--fmtcost.go:13:33: big escapes to heap
./escape-interfaces--fmtcost.go:14:45: small escapes to heap in Sprint42:
./escape-interfaces--fmtcost.go:14:45:   flow: {storage for ... argument} ← &{storage for small}:
./escape-interfaces--fmtcost.go:14:45:     from small (spill) at ./escape-interfaces--fmtcost.go:14:45
./escape-interfaces--fmtcost.go:14:45:     from ... argument (slice-literal-element) at ./escape-interfaces--fmtcost.go:14:38
./escape-interfaces--fmtcost.go:14:45:   flow: {heap} ← {storage for ... argument}:
./escape-interfaces--fmtcost.go:14:45:     from ... argument (spill) at ./escape-interfaces--fmtcost.go:14:38
./escape-interfaces--fmtcost.go:14:45:     from fmt.Sprintf("%d", ... argument...) (call parameter) at ./escape-interfaces--fmtcost.go:14:38
./escape-interfaces--fmtcost.go:14:38: ... argument does not escape
./escape-interfaces--fmtcost.go:14:45: small escapes to heap
./escape-interfaces--fmtcost.go:15:48: name escapes to heap in SprintPair:
./escape-interfaces--fmtcost.go:15:48:   flow: {storage for ... argument} ← &{storage for name}:
./escape-interfaces--fmtcost.go:15:48:     from name (spill) at ./escape-interfaces--fmtcost.go:15:48
./escape-interfaces--fmtcost.go:15:48:     from ... argument (slice-literal-element) at ./escape-interfaces--fmtcost.go:15:38
./escape-interfaces--fmtcost.go:15:48:   flow: {heap} ← {storage for ... argument}:
./escape-interfaces--fmtcost.go:15:48:     from ... argument (spill) at ./escape-interfaces--fmtcost.go:15:38
./escape-interfaces--fmtcost.go:15:48:     from fmt.Sprintf("%s=%d", ... argument...) (call parameter) at ./escape-interfaces--fmtcost.go:15:38
./escape-interfaces--fmtcost.go:15:54: big escapes to heap in SprintPair:
./escape-interfaces--fmtcost.go:15:54:   flow: {storage for ... argument} ← &{storage for big}:
./escape-interfaces--fmtcost.go:15:54:     from big (spill) at ./escape-interfaces--fmtcost.go:15:54
./escape-interfaces--fmtcost.go:15:54:     from ... argument (slice-literal-element) at ./escape-interfaces--fmtcost.go:15:38
./escape-interfaces--fmtcost.go:15:54:   flow: {heap} ← {storage for ... argument}:
./escape-interfaces--fmtcost.go:15:54:     from ... argument (spill) at ./escape-interfaces--fmtcost.go:15:38
./escape-interfaces--fmtcost.go:15:54:     from fmt.Sprintf("%s=%d", ... argument...) (call parameter) at ./escape-interfaces--fmtcost.go:15:38
./escape-interfaces--fmtcost.go:15:38: ... argument does not escape
./escape-interfaces--fmtcost.go:15:48: name escapes to heap
./escape-interfaces--fmtcost.go:15:54: big escapes to heap
