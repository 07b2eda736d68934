./reference--reasons.go:9:16: p does not escape
./reference--reasons.go:17:2: a escapes to heap in returned:
./reference--reasons.go:17:2:   flow: ~r0 ← &a:
./reference--reasons.go:17:2:     from &a (address-of) at ./reference--reasons.go:18:9
./reference--reasons.go:17:2:     from return &a (return) at ./reference--reasons.go:18:2
./reference--reasons.go:17:2: moved to heap: a
./reference--reasons.go:22:2: b escapes to heap in stored:
./reference--reasons.go:22:2:   flow: {heap} ← &b:
./reference--reasons.go:22:2:     from &b (address-of) at ./reference--reasons.go:23:11
./reference--reasons.go:22:2:     from global = &b (assign) at ./reference--reasons.go:23:9
./reference--reasons.go:22:2: moved to heap: b
./reference--reasons.go:26:11: parameter p leaks to {heap} for keep with derefs=0:
./reference--reasons.go:26:11:   flow: {heap} ← p:
./reference--reasons.go:26:11:     from global = p (assign) at ./reference--reasons.go:26:28
./reference--reasons.go:26:11: leaking param: p
./reference--reasons.go:28:17: parameter pp leaks to {heap} for keepTarget with derefs=1:
./reference--reasons.go:28:17:   flow: {heap} ← *pp:
./reference--reasons.go:28:17:     from *pp (indirection) at ./reference--reasons.go:28:38
./reference--reasons.go:28:17:     from global = *pp (assign) at ./reference--reasons.go:28:36
./reference--reasons.go:28:17: leaking param content: pp
./reference--reasons.go:30:12: parameter p leaks to ~r0 for first with derefs=0:
./reference--reasons.go:30:12:   flow: ~r0 ← p:
./reference--reasons.go:30:12:     from return p (return) at ./reference--reasons.go:30:27
./reference--reasons.go:30:12: leaking param: p to result ~r0 level=0
./reference--reasons.go:33:2: c escapes to heap in passed:
./reference--reasons.go:33:2:   flow: {heap} ← &c:
./reference--reasons.go:33:2:     from &c (address-of) at ./reference--reasons.go:34:7
./reference--reasons.go:33:2:     from keep(&c) (call parameter) at ./reference--reasons.go:34:6
./reference--reasons.go:35:2: d escapes to heap in passed:
./reference--reasons.go:35:2:   flow: {heap} ← &d:
./reference--reasons.go:35:2:     from &d (address-of) at ./reference--reasons.go:36:10
./reference--reasons.go:35:2:     from out.put(&d) (call parameter) at ./reference--reasons.go:36:9
./reference--reasons.go:33:2: moved to heap: c
./reference--reasons.go:35:2: moved to heap: d
./reference--reasons.go:40:2: e escapes to heap in appended:
./reference--reasons.go:40:2:   flow: {heap} ← &e:
./reference--reasons.go:40:2:     from &e (address-of) at ./reference--reasons.go:41:22
./reference--reasons.go:40:2:     from append(list, &e) (call parameter) at ./reference--reasons.go:41:15
./reference--reasons.go:41:15: append(list, &e) escapes to heap in appended:
./reference--reasons.go:41:15:   flow: {heap} ← &{storage for append(list, &e)}:
./reference--reasons.go:41:15:     from append(list, &e) (spill) at ./reference--reasons.go:41:15
./reference--reasons.go:41:15:     from list = append(list, &e) (assign) at ./reference--reasons.go:41:7
./reference--reasons.go:40:2: moved to heap: e
./reference--reasons.go:41:15: append escapes to heap
./reference--reasons.go:45:2: f escapes to heap in sent:
./reference--reasons.go:45:2:   flow: {heap} ← &f:
./reference--reasons.go:45:2:     from &f (address-of) at ./reference--reasons.go:46:8
./reference--reasons.go:45:2:     from ch <- &f (send) at ./reference--reasons.go:46:5
./reference--reasons.go:44:11: ch does not escape
./reference--reasons.go:45:2: moved to heap: f
./reference--reasons.go:52:3: g escapes to heap in loop:
./reference--reasons.go:52:3:   flow: last ← &g:
./reference--reasons.go:52:3:     from &g (address-of) at ./reference--reasons.go:53:10
./reference--reasons.go:52:3:     from last = &g (assign) at ./reference--reasons.go:53:8
./reference--reasons.go:52:3: moved to heap: g
./reference--reasons.go:59:2: counter capturing by ref: n (addr=false assign=true width=8)
./reference--reasons.go:60:9: func literal escapes to heap in counter:
./reference--reasons.go:60:9:   flow: ~r0 ← &{storage for func literal}:
./reference--reasons.go:60:9:     from func literal (spill) at ./reference--reasons.go:60:9
./reference--reasons.go:60:9:     from return func literal (return) at ./reference--reasons.go:60:2
./reference--reasons.go:59:2: n escapes to heap in counter:
./reference--reasons.go:59:2:   flow: {storage for func literal} ← &n:
./reference--reasons.go:59:2:     from n (captured by a closure) at ./reference--reasons.go:61:3
./reference--reasons.go:59:2:     from n (reference) at ./reference--reasons.go:61:3
./reference--reasons.go:59:2: moved to heap: n
./reference--reasons.go:60:9: func literal escapes to heap
./reference--reasons.go:68:5: func literal escapes to heap in started:
./reference--reasons.go:68:5:   flow: {heap} ← &{storage for func literal}:
./reference--reasons.go:68:5:     from func literal (spill) at ./reference--reasons.go:68:5
./reference--reasons.go:67:2: started capturing by ref: h (addr=false assign=true width=8)
./reference--reasons.go:67:2: h escapes to heap in started:
./reference--reasons.go:67:2:   flow: {storage for func literal} ← &h:
./reference--reasons.go:67:2:     from h (captured by a closure) at ./reference--reasons.go:69:3
./reference--reasons.go:67:2:     from h (reference) at ./reference--reasons.go:69:3
./reference--reasons.go:67:2: moved to heap: h
./reference--reasons.go:68:5: func literal escapes to heap
./reference--reasons.go:88:14: *returned() escapes to heap in main:
./reference--reasons.go:88:14:   flow: {storage for ... argument} ← &{storage for *returned()}:
./reference--reasons.go:88:14:     from *returned() (spill) at ./reference--reasons.go:88:14
./reference--reasons.go:88:14:     from ... argument (slice-literal-element) at ./reference--reasons.go:88:13
./reference--reasons.go:88:14:   flow: {heap} ← {storage for ... argument}:
./reference--reasons.go:88:14:     from ... argument (spill) at ./reference--reasons.go:88:13
./reference--reasons.go:88:14:     from fmt.Println(... argument...) (call parameter) at ./reference--reasons.go:88:13
./reference--reasons.go:88:27: *loop() escapes to heap in main:
./reference--reasons.go:88:27:   flow: {storage for ... argument} ← &{storage for *loop()}:
./reference--reasons.go:88:27:     from *loop() (spill) at ./reference--reasons.go:88:27
./reference--reasons.go:88:27:     from ... argument (slice-literal-element) at ./reference--reasons.go:88:13
./reference--reasons.go:88:27:   flow: {heap} ← {storage for ... argument}:
./reference--reasons.go:88:27:     from ... argument (spill) at ./reference--reasons.go:88:13
./reference--reasons.go:88:27:     from fmt.Println(... argument...) (call parameter) at ./reference--reasons.go:88:13
./reference--reasons.go:88:40: next() escapes to heap in main:
./reference--reasons.go:88:40:   flow: {storage for ... argument} ← &{storage for next()}:
./reference--reasons.go:88:40:     from next() (spill) at ./reference--reasons.go:88:40
./reference--reasons.go:88:40:     from ... argument (slice-literal-element) at ./reference--reasons.go:88:13
./reference--reasons.go:88:40:   flow: {heap} ← {storage for ... argument}:
./reference--reasons.go:88:40:     from ... argument (spill) at ./reference--reasons.go:88:13
./reference--reasons.go:88:40:     from fmt.Println(... argument...) (call parameter) at ./reference--reasons.go:88:13
./reference--reasons.go:88:49: local() escapes to heap in main:
./reference--reasons.go:88:49:   flow: {storage for ... argument} ← &{storage for local()}:
./reference--reasons.go:88:49:     from local() (spill) at ./reference--reasons.go:88:49
./reference--reasons.go:88:49:     from ... argument (slice-literal-element) at ./reference--reasons.go:88:13
./reference--reasons.go:88:49:   flow: {heap} ← {storage for ... argument}:
./reference--reasons.go:88:49:     from ... argument (spill) at ./reference--reasons.go:88:13
./reference--reasons.go:88:49:     from fmt.Println(... argument...) (call parameter) at ./reference--reasons.go:88:13
./reference--reasons.go:88:13: ... argument does not escape
./reference--reasons.go:88:14: *returned() escapes to heap
./reference--reasons.go:88:27: *loop() escapes to heap
./reference--reasons.go:88:40: next() escapes to heap
./reference--reasons.go:88:49: local() escapes to heap
<autogenerated>:1: parameter ~p0 leaks to {heap} for sink.put with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.put(p) (call parameter) at <autogenerated>:1
./reference--reasons.go:5:26: parameter p leaks to {heap} for sink.put with derefs=0:
./reference--reasons.go:5:26:   flow: {heap} ← p:
./reference--reasons.go:5:26:     from ~p0.put(p) (call parameter) at <autogenerated>:1
