./129_method_returning_closure.go:11:7: (*Account).Depositor capturing by value: a (addr=false assign=false width=8)
./129_method_returning_closure.go:12:9: func literal escapes to heap in (*Account).Depositor:
./129_method_returning_closure.go:12:9:   flow: ~r0 ← &{storage for func literal}:
./129_method_returning_closure.go:12:9:     from func literal (spill) at ./129_method_returning_closure.go:12:9
./129_method_returning_closure.go:12:9:     from return func literal (return) at ./129_method_returning_closure.go:12:2
./129_method_returning_closure.go:11:7: parameter a leaks to {storage for func literal} for (*Account).Depositor with derefs=0:
./129_method_returning_closure.go:11:7:   flow: {storage for func literal} ← a:
./129_method_returning_closure.go:11:7:     from a (captured by a closure) at ./129_method_returning_closure.go:12:23
./129_method_returning_closure.go:11:7: leaking param: a
./129_method_returning_closure.go:12:9: func literal escapes to heap
./129_method_returning_closure.go:15:7: Account.Snapshot capturing by value: a (addr=false assign=false width=8)
./129_method_returning_closure.go:16:9: func literal escapes to heap in Account.Snapshot:
./129_method_returning_closure.go:16:9:   flow: ~r0 ← &{storage for func literal}:
./129_method_returning_closure.go:16:9:     from func literal (spill) at ./129_method_returning_closure.go:16:9
./129_method_returning_closure.go:16:9:     from return func literal (return) at ./129_method_returning_closure.go:16:2
./129_method_returning_closure.go:15:7: parameter a leaks to {storage for func literal} for Account.Snapshot with derefs=0:
./129_method_returning_closure.go:15:7:   flow: {storage for func literal} ← a:
./129_method_returning_closure.go:15:7:     from a (captured by a closure) at ./129_method_returning_closure.go:16:29
./129_method_returning_closure.go:16:9: func literal escapes to heap
./129_method_returning_closure.go:19:7: Account.Mutating capturing by ref: a (addr=false assign=true width=8)
./129_method_returning_closure.go:20:9: func literal escapes to heap in Account.Mutating:
./129_method_returning_closure.go:20:9:   flow: ~r0 ← &{storage for func literal}:
./129_method_returning_closure.go:20:9:     from func literal (spill) at ./129_method_returning_closure.go:20:9
./129_method_returning_closure.go:20:9:     from return func literal (return) at ./129_method_returning_closure.go:20:2
./129_method_returning_closure.go:19:7: a escapes to heap in Account.Mutating:
./129_method_returning_closure.go:19:7:   flow: {storage for func literal} ← &a:
./129_method_returning_closure.go:19:7:     from a (captured by a closure) at ./129_method_returning_closure.go:21:3
./129_method_returning_closure.go:19:7:     from a (reference) at ./129_method_returning_closure.go:21:3
./129_method_returning_closure.go:19:7: parameter a leaks to {storage for func literal} for Account.Mutating with derefs=0:
./129_method_returning_closure.go:19:7:   flow: {storage for func literal} ← &a:
./129_method_returning_closure.go:19:7:     from a (captured by a closure) at ./129_method_returning_closure.go:21:3
./129_method_returning_closure.go:19:7:     from a (reference) at ./129_method_returning_closure.go:21:3
./129_method_returning_closure.go:19:7: moved to heap: a
./129_method_returning_closure.go:20:9: func literal escapes to heap
./129_method_returning_closure.go:27:9: &Account{...} escapes to heap in main:
./129_method_returning_closure.go:27:9:   flow: acc ← &{storage for &Account{...}}:
./129_method_returning_closure.go:27:9:     from &Account{...} (spill) at ./129_method_returning_closure.go:27:9
./129_method_returning_closure.go:27:9:     from acc := &Account{...} (assign) at ./129_method_returning_closure.go:27:6
./129_method_returning_closure.go:27:9:   flow: {heap} ← acc:
./129_method_returning_closure.go:27:9:     from (*Account).Depositor(acc) (call parameter) at ./129_method_returning_closure.go:28:22
./129_method_returning_closure.go:34:17: acc.balance escapes to heap in main:
./129_method_returning_closure.go:34:17:   flow: {storage for ... argument} ← &{storage for acc.balance}:
./129_method_returning_closure.go:34:17:     from acc.balance (spill) at ./129_method_returning_closure.go:34:17
./129_method_returning_closure.go:34:17:     from ... argument (slice-literal-element) at ./129_method_returning_closure.go:34:13
./129_method_returning_closure.go:34:17:   flow: {heap} ← {storage for ... argument}:
./129_method_returning_closure.go:34:17:     from ... argument (spill) at ./129_method_returning_closure.go:34:13
./129_method_returning_closure.go:34:17:     from fmt.Println(... argument...) (call parameter) at ./129_method_returning_closure.go:34:13
./129_method_returning_closure.go:34:31: snap() escapes to heap in main:
./129_method_returning_closure.go:34:31:   flow: {storage for ... argument} ← &{storage for snap()}:
./129_method_returning_closure.go:34:31:     from snap() (spill) at ./129_method_returning_closure.go:34:31
./129_method_returning_closure.go:34:31:     from ... argument (slice-literal-element) at ./129_method_returning_closure.go:34:13
./129_method_returning_closure.go:34:31:   flow: {heap} ← {storage for ... argument}:
./129_method_returning_closure.go:34:31:     from ... argument (spill) at ./129_method_returning_closure.go:34:13
./129_method_returning_closure.go:34:31:     from fmt.Println(... argument...) (call parameter) at ./129_method_returning_closure.go:34:13
./129_method_returning_closure.go:34:36: m() escapes to heap in main:
./129_method_returning_closure.go:34:36:   flow: {storage for ... argument} ← &{storage for m()}:
./129_method_returning_closure.go:34:36:     from m() (spill) at ./129_method_returning_closure.go:34:36
./129_method_returning_closure.go:34:36:     from ... argument (slice-literal-element) at ./129_method_returning_closure.go:34:13
./129_method_returning_closure.go:34:36:   flow: {heap} ← {storage for ... argument}:
./129_method_returning_closure.go:34:36:     from ... argument (spill) at ./129_method_returning_closure.go:34:13
./129_method_returning_closure.go:34:36:     from fmt.Println(... argument...) (call parameter) at ./129_method_returning_closure.go:34:13
./129_method_returning_closure.go:27:9: &Account{...} escapes to heap
./129_method_returning_closure.go:34:13: ... argument does not escape
./129_method_returning_closure.go:34:17: acc.balance escapes to heap
./129_method_returning_closure.go:34:31: snap() escapes to heap
./129_method_returning_closure.go:34:36: m() escapes to heap
