./040_closure_assign_before_capture.go:15:22: func literal escapes to heap in before:
./040_closure_assign_before_capture.go:15:22:   flow: {heap} ← &{storage for func literal}:
./040_closure_assign_before_capture.go:15:22:     from func literal (spill) at ./040_closure_assign_before_capture.go:15:22
./040_closure_assign_before_capture.go:15:22:     from append(keep, func literal) (call parameter) at ./040_closure_assign_before_capture.go:15:15
./040_closure_assign_before_capture.go:15:15: append(keep, func literal) escapes to heap in before:
./040_closure_assign_before_capture.go:15:15:   flow: {heap} ← &{storage for append(keep, func literal)}:
./040_closure_assign_before_capture.go:15:15:     from append(keep, func literal) (spill) at ./040_closure_assign_before_capture.go:15:15
./040_closure_assign_before_capture.go:15:15:     from keep = append(keep, func literal) (assign) at ./040_closure_assign_before_capture.go:15:7
./040_closure_assign_before_capture.go:13:2: before capturing by value: a (addr=false assign=false width=8)
./040_closure_assign_before_capture.go:15:22: func literal escapes to heap
./040_closure_assign_before_capture.go:15:15: append escapes to heap
./040_closure_assign_before_capture.go:20:22: func literal escapes to heap in after:
./040_closure_assign_before_capture.go:20:22:   flow: {heap} ← &{storage for func literal}:
./040_closure_assign_before_capture.go:20:22:     from func literal (spill) at ./040_closure_assign_before_capture.go:20:22
./040_closure_assign_before_capture.go:20:22:     from append(keep, func literal) (call parameter) at ./040_closure_assign_before_capture.go:20:15
./040_closure_assign_before_capture.go:20:15: append(keep, func literal) escapes to heap in after:
./040_closure_assign_before_capture.go:20:15:   flow: {heap} ← &{storage for append(keep, func literal)}:
./040_closure_assign_before_capture.go:20:15:     from append(keep, func literal) (spill) at ./040_closure_assign_before_capture.go:20:15
./040_closure_assign_before_capture.go:20:15:     from keep = append(keep, func literal) (assign) at ./040_closure_assign_before_capture.go:20:7
./040_closure_assign_before_capture.go:19:2: after capturing by ref: b (addr=false assign=true width=8)
./040_closure_assign_before_capture.go:19:2: b escapes to heap in after:
./040_closure_assign_before_capture.go:19:2:   flow: {storage for func literal} ← &b:
./040_closure_assign_before_capture.go:19:2:     from b (captured by a closure) at ./040_closure_assign_before_capture.go:20:42
./040_closure_assign_before_capture.go:19:2:     from b (reference) at ./040_closure_assign_before_capture.go:20:42
./040_closure_assign_before_capture.go:19:2: moved to heap: b
./040_closure_assign_before_capture.go:20:22: func literal escapes to heap
./040_closure_assign_before_capture.go:20:15: append escapes to heap
./040_closure_assign_before_capture.go:29:22: func literal escapes to heap in inLoop:
./040_closure_assign_before_capture.go:29:22:   flow: {heap} ← &{storage for func literal}:
./040_closure_assign_before_capture.go:29:22:     from func literal (spill) at ./040_closure_assign_before_capture.go:29:22
./040_closure_assign_before_capture.go:29:22:     from append(keep, func literal) (call parameter) at ./040_closure_assign_before_capture.go:29:15
./040_closure_assign_before_capture.go:29:15: append(keep, func literal) escapes to heap in inLoop:
./040_closure_assign_before_capture.go:29:15:   flow: {heap} ← &{storage for append(keep, func literal)}:
./040_closure_assign_before_capture.go:29:15:     from append(keep, func literal) (spill) at ./040_closure_assign_before_capture.go:29:15
./040_closure_assign_before_capture.go:29:15:     from keep = append(keep, func literal) (assign) at ./040_closure_assign_before_capture.go:29:7
./040_closure_assign_before_capture.go:25:2: inLoop capturing by value: c (addr=false assign=false width=8)
./040_closure_assign_before_capture.go:29:22: func literal escapes to heap
./040_closure_assign_before_capture.go:29:15: append escapes to heap
./040_closure_assign_before_capture.go:37:23: func literal escapes to heap in loopCapture:
./040_closure_assign_before_capture.go:37:23:   flow: {heap} ← &{storage for func literal}:
./040_closure_assign_before_capture.go:37:23:     from func literal (spill) at ./040_closure_assign_before_capture.go:37:23
./040_closure_assign_before_capture.go:37:23:     from append(keep, func literal) (call parameter) at ./040_closure_assign_before_capture.go:37:16
./040_closure_assign_before_capture.go:37:16: append(keep, func literal) escapes to heap in loopCapture:
./040_closure_assign_before_capture.go:37:16:   flow: {heap} ← &{storage for append(keep, func literal)}:
./040_closure_assign_before_capture.go:37:16:     from append(keep, func literal) (spill) at ./040_closure_assign_before_capture.go:37:16
./040_closure_assign_before_capture.go:37:16:     from keep = append(keep, func literal) (assign) at ./040_closure_assign_before_capture.go:37:8
./040_closure_assign_before_capture.go:34:2: loopCapture capturing by ref: d (addr=false assign=true width=8)
./040_closure_assign_before_capture.go:34:2: d escapes to heap in loopCapture:
./040_closure_assign_before_capture.go:34:2:   flow: {storage for func literal} ← &d:
./040_closure_assign_before_capture.go:34:2:     from d (captured by a closure) at ./040_closure_assign_before_capture.go:37:43
./040_closure_assign_before_capture.go:34:2:     from d (reference) at ./040_closure_assign_before_capture.go:37:43
./040_closure_assign_before_capture.go:34:2: moved to heap: d
./040_closure_assign_before_capture.go:37:23: func literal escapes to heap
./040_closure_assign_before_capture.go:37:16: append escapes to heap
./040_closure_assign_before_capture.go:47:22: func literal escapes to heap in branch:
./040_closure_assign_before_capture.go:47:22:   flow: {heap} ← &{storage for func literal}:
./040_closure_assign_before_capture.go:47:22:     from func literal (spill) at ./040_closure_assign_before_capture.go:47:22
./040_closure_assign_before_capture.go:47:22:     from append(keep, func literal) (call parameter) at ./040_closure_assign_before_capture.go:47:15
./040_closure_assign_before_capture.go:47:15: append(keep, func literal) escapes to heap in branch:
./040_closure_assign_before_capture.go:47:15:   flow: {heap} ← &{storage for append(keep, func literal)}:
./040_closure_assign_before_capture.go:47:15:     from append(keep, func literal) (spill) at ./040_closure_assign_before_capture.go:47:15
./040_closure_assign_before_capture.go:47:15:     from keep = append(keep, func literal) (assign) at ./040_closure_assign_before_capture.go:47:7
./040_closure_assign_before_capture.go:43:2: branch capturing by value: e (addr=false assign=false width=8)
./040_closure_assign_before_capture.go:47:22: func literal escapes to heap
./040_closure_assign_before_capture.go:47:15: append escapes to heap
./040_closure_assign_before_capture.go:57:16: f() escapes to heap in main:
./040_closure_assign_before_capture.go:57:16:   flow: {storage for ... argument} ← &{storage for f()}:
./040_closure_assign_before_capture.go:57:16:     from f() (spill) at ./040_closure_assign_before_capture.go:57:16
./040_closure_assign_before_capture.go:57:16:     from ... argument (slice-literal-element) at ./040_closure_assign_before_capture.go:57:14
./040_closure_assign_before_capture.go:57:16:   flow: {heap} ← {storage for ... argument}:
./040_closure_assign_before_capture.go:57:16:     from ... argument (spill) at ./040_closure_assign_before_capture.go:57:14
./040_closure_assign_before_capture.go:57:16:     from fmt.Println(... argument...) (call parameter) at ./040_closure_assign_before_capture.go:57:14
./040_closure_assign_before_capture.go:57:14: ... argument does not escape
./040_closure_assign_before_capture.go:57:16: f() escapes to heap
