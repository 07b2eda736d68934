./reference--forms.go:44:36: devirtualizing s.area to square
./reference--forms.go:14:9: (*buffer).skip ignoring self-assignment in b.data = b.data[n:]
./reference--forms.go:13:7: b does not escape
./reference--forms.go:17:11: parameter p leaks to ~r0 for pick with derefs=0:
./reference--forms.go:17:11:   flow: ~r0 ← p:
./reference--forms.go:17:11:     from return p (return) at ./reference--forms.go:19:3
./reference--forms.go:17:14: parameter q leaks to ~r0 for pick with derefs=0:
./reference--forms.go:17:14:   flow: ~r0 ← q:
./reference--forms.go:17:14:     from return q (return) at ./reference--forms.go:21:2
./reference--forms.go:17:11: leaking param: p to result ~r0 level=0
./reference--forms.go:17:14: leaking param: q to result ~r0 level=0
./reference--forms.go:24:12: s does not escape
./reference--forms.go:26:27: ([]byte)(s) does not escape
./reference--forms.go:26:27: zero-copy string->[]byte conversion
./reference--forms.go:34:13: a does not escape
./reference--forms.go:44:20: string(b.data) escapes to heap in main:
./reference--forms.go:44:20:   flow: {storage for ... argument} ← &{storage for string(b.data)}:
./reference--forms.go:44:20:     from string(b.data) (spill) at ./reference--forms.go:44:20
./reference--forms.go:44:20:     from ... argument (slice-literal-element) at ./reference--forms.go:44:13
./reference--forms.go:44:20:   flow: {heap} ← {storage for ... argument}:
./reference--forms.go:44:20:     from ... argument (spill) at ./reference--forms.go:44:13
./reference--forms.go:44:20:     from fmt.Println(... argument...) (call parameter) at ./reference--forms.go:44:13
./reference--forms.go:44:36: square.area(s.(square)) escapes to heap in main:
./reference--forms.go:44:36:   flow: {storage for ... argument} ← &{storage for square.area(s.(square))}:
./reference--forms.go:44:36:     from square.area(s.(square)) (spill) at ./reference--forms.go:44:36
./reference--forms.go:44:36:     from ... argument (slice-literal-element) at ./reference--forms.go:44:13
./reference--forms.go:44:36:   flow: {heap} ← {storage for ... argument}:
./reference--forms.go:44:36:     from ... argument (spill) at ./reference--forms.go:44:13
./reference--forms.go:44:36:     from fmt.Println(... argument...) (call parameter) at ./reference--forms.go:44:13
./reference--forms.go:44:40: *pick(&x, &y) escapes to heap in main:
./reference--forms.go:44:40:   flow: {storage for ... argument} ← &{storage for *pick(&x, &y)}:
./reference--forms.go:44:40:     from *pick(&x, &y) (spill) at ./reference--forms.go:44:40
./reference--forms.go:44:40:     from ... argument (slice-literal-element) at ./reference--forms.go:44:13
./reference--forms.go:44:40:   flow: {heap} ← {storage for ... argument}:
./reference--forms.go:44:40:     from ... argument (spill) at ./reference--forms.go:44:13
./reference--forms.go:44:40:     from fmt.Println(... argument...) (call parameter) at ./reference--forms.go:44:13
./reference--forms.go:44:60: count("banana") escapes to heap in main:
./reference--forms.go:44:60:   flow: {storage for ... argument} ← &{storage for count("banana")}:
./reference--forms.go:44:60:     from count("banana") (spill) at ./reference--forms.go:44:60
./reference--forms.go:44:60:     from ... argument (slice-literal-element) at ./reference--forms.go:44:13
./reference--forms.go:44:60:   flow: {heap} ← {storage for ... argument}:
./reference--forms.go:44:60:     from ... argument (spill) at ./reference--forms.go:44:13
./reference--forms.go:44:60:     from fmt.Println(... argument...) (call parameter) at ./reference--forms.go:44:13
./reference--forms.go:44:78: lookup(&table, uint(9)) escapes to heap in main:
./reference--forms.go:44:78:   flow: {storage for ... argument} ← &{storage for lookup(&table, uint(9))}:
./reference--forms.go:44:78:     from lookup(&table, uint(9)) (spill) at ./reference--forms.go:44:78
./reference--forms.go:44:78:     from ... argument (slice-literal-element) at ./reference--forms.go:44:13
./reference--forms.go:44:78:   flow: {heap} ← {storage for ... argument}:
./reference--forms.go:44:78:     from ... argument (spill) at ./reference--forms.go:44:13
./reference--forms.go:44:78:     from fmt.Println(... argument...) (call parameter) at ./reference--forms.go:44:13
./reference--forms.go:44:22: string(b.data) escapes to heap in main:
./reference--forms.go:44:22:   flow: {storage for string(b.data)} ← &{storage for string(b.data)}:
./reference--forms.go:44:22:     from string(b.data) (spill) at ./reference--forms.go:44:22
./reference--forms.go:44:22:     from string(b.data) (interface-converted) at ./reference--forms.go:44:20
./reference--forms.go:39:7: &buffer{...} does not escape
./reference--forms.go:39:28: ([]byte)("abcdef") does not escape
./reference--forms.go:41:22: square{...} does not escape
./reference--forms.go:44:13: ... argument does not escape
./reference--forms.go:44:20: string(b.data) escapes to heap
./reference--forms.go:44:22: string(b.data) escapes to heap
./reference--forms.go:44:36: square.area(s.(square)) escapes to heap
./reference--forms.go:44:40: *pick(&x, &y) escapes to heap
./reference--forms.go:44:60: count("banana") escapes to heap
./reference--forms.go:44:78: lookup(&table, uint(9)) escapes to heap
<autogenerated>:1: parameter ~p0 leaks to {heap} for shape.area with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.area() (call parameter) at <autogenerated>:1
./reference--forms.go:35:10: index bounds check elided
