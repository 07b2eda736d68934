./071_named_results_naked.go:10:12: parameter s leaks to tail for split with derefs=0:
./071_named_results_naked.go:10:12:   flow: tail ← s:
./071_named_results_naked.go:10:12:     from s[1:] (slice) at ./071_named_results_naked.go:15:10
./071_named_results_naked.go:10:12:     from tail = s[1:] (assign) at ./071_named_results_naked.go:15:7
./071_named_results_naked.go:10:12: parameter s leaks to head for split with derefs=0:
./071_named_results_naked.go:10:12:   flow: head ← s:
./071_named_results_naked.go:10:12:     from s[0] (dot of pointer) at ./071_named_results_naked.go:14:11
./071_named_results_naked.go:10:12:     from &s[0] (address-of) at ./071_named_results_naked.go:14:9
./071_named_results_naked.go:10:12:     from head = &s[0] (assign) at ./071_named_results_naked.go:14:7
./071_named_results_naked.go:10:12: leaking param: s to result head level=0
./071_named_results_naked.go:10:12: leaking param: s to result tail level=0
./071_named_results_naked.go:24:6: &Conf{...} escapes to heap in parse:
./071_named_results_naked.go:24:6:   flow: c ← &{storage for &Conf{...}}:
./071_named_results_naked.go:24:6:     from &Conf{...} (spill) at ./071_named_results_naked.go:24:6
./071_named_results_naked.go:24:6:     from c = &Conf{...} (assign) at ./071_named_results_naked.go:24:4
./071_named_results_naked.go:19:12: name escapes to heap in parse:
./071_named_results_naked.go:19:12:   flow: {storage for &Conf{...}} ← &name:
./071_named_results_naked.go:19:12:     from &name (address-of) at ./071_named_results_naked.go:24:18
./071_named_results_naked.go:19:12:     from Conf{...} (struct literal element) at ./071_named_results_naked.go:24:11
./071_named_results_naked.go:19:12: parameter name leaks to {storage for &Conf{...}} for parse with derefs=0:
./071_named_results_naked.go:19:12:   flow: {storage for &Conf{...}} ← &name:
./071_named_results_naked.go:19:12:     from &name (address-of) at ./071_named_results_naked.go:24:18
./071_named_results_naked.go:19:12:     from Conf{...} (struct literal element) at ./071_named_results_naked.go:24:11
./071_named_results_naked.go:19:12: moved to heap: name
./071_named_results_naked.go:24:6: &Conf{...} escapes to heap
./071_named_results_naked.go:28:17: counter capturing by ref: n (addr=false assign=true width=8)
./071_named_results_naked.go:29:8: func literal escapes to heap in counter:
./071_named_results_naked.go:29:8:   flow: inc ← &{storage for func literal}:
./071_named_results_naked.go:29:8:     from func literal (spill) at ./071_named_results_naked.go:29:8
./071_named_results_naked.go:29:8:     from inc = func literal (assign) at ./071_named_results_naked.go:29:6
./071_named_results_naked.go:28:17: n escapes to heap in counter:
./071_named_results_naked.go:28:17:   flow: {storage for func literal} ← &n:
./071_named_results_naked.go:28:17:     from n (captured by a closure) at ./071_named_results_naked.go:29:17
./071_named_results_naked.go:28:17:     from n (reference) at ./071_named_results_naked.go:29:17
./071_named_results_naked.go:28:17: moved to heap: n
./071_named_results_naked.go:29:8: func literal escapes to heap
./071_named_results_naked.go:39:14: *h escapes to heap in main:
./071_named_results_naked.go:39:14:   flow: {storage for ... argument} ← &{storage for *h}:
./071_named_results_naked.go:39:14:     from *h (spill) at ./071_named_results_naked.go:39:14
./071_named_results_naked.go:39:14:     from ... argument (slice-literal-element) at ./071_named_results_naked.go:39:13
./071_named_results_naked.go:39:14:   flow: {heap} ← {storage for ... argument}:
./071_named_results_naked.go:39:14:     from ... argument (spill) at ./071_named_results_naked.go:39:13
./071_named_results_naked.go:39:14:     from fmt.Println(... argument...) (call parameter) at ./071_named_results_naked.go:39:13
./071_named_results_naked.go:39:21: len(t) escapes to heap in main:
./071_named_results_naked.go:39:21:   flow: {storage for ... argument} ← &{storage for len(t)}:
./071_named_results_naked.go:39:21:     from len(t) (spill) at ./071_named_results_naked.go:39:21
./071_named_results_naked.go:39:21:     from ... argument (slice-literal-element) at ./071_named_results_naked.go:39:13
./071_named_results_naked.go:39:21:   flow: {heap} ← {storage for ... argument}:
./071_named_results_naked.go:39:21:     from ... argument (spill) at ./071_named_results_naked.go:39:13
./071_named_results_naked.go:39:21:     from fmt.Println(... argument...) (call parameter) at ./071_named_results_naked.go:39:13
./071_named_results_naked.go:39:26: *c.name escapes to heap in main:
./071_named_results_naked.go:39:26:   flow: {storage for ... argument} ← &{storage for *c.name}:
./071_named_results_naked.go:39:26:     from *c.name (spill) at ./071_named_results_naked.go:39:26
./071_named_results_naked.go:39:26:     from ... argument (slice-literal-element) at ./071_named_results_naked.go:39:13
./071_named_results_naked.go:39:26:   flow: {heap} ← {storage for ... argument}:
./071_named_results_naked.go:39:26:     from ... argument (spill) at ./071_named_results_naked.go:39:13
./071_named_results_naked.go:39:26:     from fmt.Println(... argument...) (call parameter) at ./071_named_results_naked.go:39:13
./071_named_results_naked.go:39:44: n escapes to heap in main:
./071_named_results_naked.go:39:44:   flow: {storage for ... argument} ← &{storage for n}:
./071_named_results_naked.go:39:44:     from n (spill) at ./071_named_results_naked.go:39:44
./071_named_results_naked.go:39:44:     from ... argument (slice-literal-element) at ./071_named_results_naked.go:39:13
./071_named_results_naked.go:39:44:   flow: {heap} ← {storage for ... argument}:
./071_named_results_naked.go:39:44:     from ... argument (spill) at ./071_named_results_naked.go:39:13
./071_named_results_naked.go:39:44:     from fmt.Println(... argument...) (call parameter) at ./071_named_results_naked.go:39:13
./071_named_results_naked.go:34:21: []int{...} does not escape
./071_named_results_naked.go:39:13: ... argument does not escape
./071_named_results_naked.go:39:14: *h escapes to heap
./071_named_results_naked.go:39:21: len(t) escapes to heap
./071_named_results_naked.go:39:26: *c.name escapes to heap
./071_named_results_naked.go:39:44: n escapes to heap
