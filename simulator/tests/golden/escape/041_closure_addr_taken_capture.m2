./041_closure_addr_taken_capture.go:9:2: addr capturing by ref: x (addr=true assign=false width=8)
./041_closure_addr_taken_capture.go:12:9: func literal escapes to heap in addr:
./041_closure_addr_taken_capture.go:12:9:   flow: ~r0 ← &{storage for func literal}:
./041_closure_addr_taken_capture.go:12:9:     from func literal (spill) at ./041_closure_addr_taken_capture.go:12:9
./041_closure_addr_taken_capture.go:12:9:     from return func literal (return) at ./041_closure_addr_taken_capture.go:12:2
./041_closure_addr_taken_capture.go:9:2: x escapes to heap in addr:
./041_closure_addr_taken_capture.go:9:2:   flow: {storage for func literal} ← &x:
./041_closure_addr_taken_capture.go:9:2:     from x (captured by a closure) at ./041_closure_addr_taken_capture.go:12:29
./041_closure_addr_taken_capture.go:9:2:     from x (reference) at ./041_closure_addr_taken_capture.go:12:29
./041_closure_addr_taken_capture.go:9:2: moved to heap: x
./041_closure_addr_taken_capture.go:12:9: func literal escapes to heap
./041_closure_addr_taken_capture.go:16:2: addrInside capturing by ref: y (addr=true assign=false width=8)
./041_closure_addr_taken_capture.go:17:9: func literal escapes to heap in addrInside:
./041_closure_addr_taken_capture.go:17:9:   flow: ~r0 ← &{storage for func literal}:
./041_closure_addr_taken_capture.go:17:9:     from func literal (spill) at ./041_closure_addr_taken_capture.go:17:9
./041_closure_addr_taken_capture.go:17:9:     from return func literal (return) at ./041_closure_addr_taken_capture.go:17:2
./041_closure_addr_taken_capture.go:16:2: y escapes to heap in addrInside:
./041_closure_addr_taken_capture.go:16:2:   flow: {storage for func literal} ← &y:
./041_closure_addr_taken_capture.go:16:2:     from y (captured by a closure) at ./041_closure_addr_taken_capture.go:17:31
./041_closure_addr_taken_capture.go:16:2:     from y (reference) at ./041_closure_addr_taken_capture.go:17:31
./041_closure_addr_taken_capture.go:16:2: moved to heap: y
./041_closure_addr_taken_capture.go:17:9: func literal escapes to heap
./041_closure_addr_taken_capture.go:21:20: .autotmp_0() escapes to heap in main:
./041_closure_addr_taken_capture.go:21:20:   flow: {storage for ... argument} ← &{storage for .autotmp_0()}:
./041_closure_addr_taken_capture.go:21:20:     from .autotmp_0() (spill) at ./041_closure_addr_taken_capture.go:21:20
./041_closure_addr_taken_capture.go:21:20:     from ... argument (slice-literal-element) at ./041_closure_addr_taken_capture.go:21:13
./041_closure_addr_taken_capture.go:21:20:   flow: {heap} ← {storage for ... argument}:
./041_closure_addr_taken_capture.go:21:20:     from ... argument (spill) at ./041_closure_addr_taken_capture.go:21:13
./041_closure_addr_taken_capture.go:21:20:     from fmt.Println(... argument...) (call parameter) at ./041_closure_addr_taken_capture.go:21:13
./041_closure_addr_taken_capture.go:21:24: *.autotmp_1() escapes to heap in main:
./041_closure_addr_taken_capture.go:21:24:   flow: {storage for ... argument} ← &{storage for *.autotmp_1()}:
./041_closure_addr_taken_capture.go:21:24:     from *.autotmp_1() (spill) at ./041_closure_addr_taken_capture.go:21:24
./041_closure_addr_taken_capture.go:21:24:     from ... argument (slice-literal-element) at ./041_closure_addr_taken_capture.go:21:13
./041_closure_addr_taken_capture.go:21:24:   flow: {heap} ← {storage for ... argument}:
./041_closure_addr_taken_capture.go:21:24:     from ... argument (spill) at ./041_closure_addr_taken_capture.go:21:13
./041_closure_addr_taken_capture.go:21:24:     from fmt.Println(... argument...) (call parameter) at ./041_closure_addr_taken_capture.go:21:13
./041_closure_addr_taken_capture.go:21:13: ... argument does not escape
./041_closure_addr_taken_capture.go:21:20: .autotmp_0() escapes to heap
./041_closure_addr_taken_capture.go:21:24: *.autotmp_1() escapes to heap
