./033_closure_counter_generator.go:9:2: counter capturing by ref: count (addr=false assign=true width=8)
./033_closure_counter_generator.go:10:9: func literal escapes to heap in counter:
./033_closure_counter_generator.go:10:9:   flow: ~r0 ← &{storage for func literal}:
./033_closure_counter_generator.go:10:9:     from func literal (spill) at ./033_closure_counter_generator.go:10:9
./033_closure_counter_generator.go:10:9:     from return func literal (return) at ./033_closure_counter_generator.go:10:2
./033_closure_counter_generator.go:9:2: count escapes to heap in counter:
./033_closure_counter_generator.go:9:2:   flow: {storage for func literal} ← &count:
./033_closure_counter_generator.go:9:2:     from count (captured by a closure) at ./033_closure_counter_generator.go:11:3
./033_closure_counter_generator.go:9:2:     from count (reference) at ./033_closure_counter_generator.go:11:3
./033_closure_counter_generator.go:9:2: moved to heap: count
./033_closure_counter_generator.go:10:9: func literal escapes to heap
./033_closure_counter_generator.go:17:2: fib capturing by ref: a (addr=false assign=true width=8)
./033_closure_counter_generator.go:17:5: fib capturing by ref: b (addr=false assign=true width=8)
./033_closure_counter_generator.go:18:9: func literal escapes to heap in fib:
./033_closure_counter_generator.go:18:9:   flow: ~r0 ← &{storage for func literal}:
./033_closure_counter_generator.go:18:9:     from func literal (spill) at ./033_closure_counter_generator.go:18:9
./033_closure_counter_generator.go:18:9:     from return func literal (return) at ./033_closure_counter_generator.go:18:2
./033_closure_counter_generator.go:17:2: a escapes to heap in fib:
./033_closure_counter_generator.go:17:2:   flow: {storage for func literal} ← &a:
./033_closure_counter_generator.go:17:2:     from a (captured by a closure) at ./033_closure_counter_generator.go:19:8
./033_closure_counter_generator.go:17:2:     from a (reference) at ./033_closure_counter_generator.go:19:8
./033_closure_counter_generator.go:17:5: b escapes to heap in fib:
./033_closure_counter_generator.go:17:5:   flow: {storage for func literal} ← &b:
./033_closure_counter_generator.go:17:5:     from b (captured by a closure) at ./033_closure_counter_generator.go:20:6
./033_closure_counter_generator.go:17:5:     from b (reference) at ./033_closure_counter_generator.go:20:6
./033_closure_counter_generator.go:17:2: moved to heap: a
./033_closure_counter_generator.go:17:5: moved to heap: b
./033_closure_counter_generator.go:18:9: func literal escapes to heap
./033_closure_counter_generator.go:25:12: adder capturing by value: base (addr=false assign=false width=8)
./033_closure_counter_generator.go:26:9: func literal escapes to heap in adder:
./033_closure_counter_generator.go:26:9:   flow: ~r0 ← &{storage for func literal}:
./033_closure_counter_generator.go:26:9:     from func literal (spill) at ./033_closure_counter_generator.go:26:9
./033_closure_counter_generator.go:26:9:     from return func literal (return) at ./033_closure_counter_generator.go:26:2
./033_closure_counter_generator.go:25:12: parameter base leaks to {storage for func literal} for adder with derefs=0:
./033_closure_counter_generator.go:25:12:   flow: {storage for func literal} ← base:
./033_closure_counter_generator.go:25:12:     from base (captured by a closure) at ./033_closure_counter_generator.go:26:34
./033_closure_counter_generator.go:26:9: func literal escapes to heap
./033_closure_counter_generator.go:38:15: c() escapes to heap in main:
./033_closure_counter_generator.go:38:15:   flow: {storage for ... argument} ← &{storage for c()}:
./033_closure_counter_generator.go:38:15:     from c() (spill) at ./033_closure_counter_generator.go:38:15
./033_closure_counter_generator.go:38:15:     from ... argument (slice-literal-element) at ./033_closure_counter_generator.go:38:13
./033_closure_counter_generator.go:38:15:   flow: {heap} ← {storage for ... argument}:
./033_closure_counter_generator.go:38:15:     from ... argument (spill) at ./033_closure_counter_generator.go:38:13
./033_closure_counter_generator.go:38:15:     from fmt.Println(... argument...) (call parameter) at ./033_closure_counter_generator.go:38:13
./033_closure_counter_generator.go:38:20: f() escapes to heap in main:
./033_closure_counter_generator.go:38:20:   flow: {storage for ... argument} ← &{storage for f()}:
./033_closure_counter_generator.go:38:20:     from f() (spill) at ./033_closure_counter_generator.go:38:20
./033_closure_counter_generator.go:38:20:     from ... argument (slice-literal-element) at ./033_closure_counter_generator.go:38:13
./033_closure_counter_generator.go:38:20:   flow: {heap} ← {storage for ... argument}:
./033_closure_counter_generator.go:38:20:     from ... argument (spill) at ./033_closure_counter_generator.go:38:13
./033_closure_counter_generator.go:38:20:     from fmt.Println(... argument...) (call parameter) at ./033_closure_counter_generator.go:38:13
./033_closure_counter_generator.go:38:28: add5(10) escapes to heap in main:
./033_closure_counter_generator.go:38:28:   flow: {storage for ... argument} ← &{storage for add5(10)}:
./033_closure_counter_generator.go:38:28:     from add5(10) (spill) at ./033_closure_counter_generator.go:38:28
./033_closure_counter_generator.go:38:28:     from ... argument (slice-literal-element) at ./033_closure_counter_generator.go:38:13
./033_closure_counter_generator.go:38:28:   flow: {heap} ← {storage for ... argument}:
./033_closure_counter_generator.go:38:28:     from ... argument (spill) at ./033_closure_counter_generator.go:38:13
./033_closure_counter_generator.go:38:28:     from fmt.Println(... argument...) (call parameter) at ./033_closure_counter_generator.go:38:13
./033_closure_counter_generator.go:38:13: ... argument does not escape
./033_closure_counter_generator.go:38:15: c() escapes to heap
./033_closure_counter_generator.go:38:20: f() escapes to heap
./033_closure_counter_generator.go:38:28: add5(10) escapes to heap
