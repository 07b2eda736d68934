./012_receiver_leaks.go:15:7: parameter b leaks to ~r0 for Buf.Data with derefs=0:
./012_receiver_leaks.go:15:7:   flow: ~r0 ← b:
./012_receiver_leaks.go:15:7:     from b.data (dot) at ./012_receiver_leaks.go:15:40
./012_receiver_leaks.go:15:7:     from return b.data (return) at ./012_receiver_leaks.go:15:32
./012_receiver_leaks.go:15:7: leaking param: b to result ~r0 level=0
./012_receiver_leaks.go:16:7: parameter b leaks to ~r0 for (*Buf).DataP with derefs=1:
./012_receiver_leaks.go:16:7:   flow: ~r0 ← *b:
./012_receiver_leaks.go:16:7:     from b.data (dot of pointer) at ./012_receiver_leaks.go:16:40
./012_receiver_leaks.go:16:7:     from return b.data (return) at ./012_receiver_leaks.go:16:32
./012_receiver_leaks.go:16:7: leaking param: b to result ~r0 level=1
./012_receiver_leaks.go:17:7: parameter b leaks to {heap} for (*Buf).Publish with derefs=1:
./012_receiver_leaks.go:17:7:   flow: {heap} ← *b:
./012_receiver_leaks.go:17:7:     from b.data (dot of pointer) at ./012_receiver_leaks.go:17:40
./012_receiver_leaks.go:17:7:     from last = b.data (assign) at ./012_receiver_leaks.go:17:37
./012_receiver_leaks.go:17:7: leaking param content: b
./012_receiver_leaks.go:18:7: b does not escape
./012_receiver_leaks.go:19:7: parameter b leaks to ~r0 for Buf.Name with derefs=1:
./012_receiver_leaks.go:19:7:   flow: ~r0 ← *b:
./012_receiver_leaks.go:19:7:     from b.name (dot) at ./012_receiver_leaks.go:19:41
./012_receiver_leaks.go:19:7:     from *b.name (indirection) at ./012_receiver_leaks.go:19:39
./012_receiver_leaks.go:19:7:     from return *b.name (return) at ./012_receiver_leaks.go:19:32
./012_receiver_leaks.go:19:7: leaking param: b to result ~r0 level=1
./012_receiver_leaks.go:25:17: len(Buf.Data(b)) escapes to heap in main:
./012_receiver_leaks.go:25:17:   flow: {storage for ... argument} ← &{storage for len(Buf.Data(b))}:
./012_receiver_leaks.go:25:17:     from len(Buf.Data(b)) (spill) at ./012_receiver_leaks.go:25:17
./012_receiver_leaks.go:25:17:     from ... argument (slice-literal-element) at ./012_receiver_leaks.go:25:13
./012_receiver_leaks.go:25:17:   flow: {heap} ← {storage for ... argument}:
./012_receiver_leaks.go:25:17:     from ... argument (spill) at ./012_receiver_leaks.go:25:13
./012_receiver_leaks.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./012_receiver_leaks.go:25:13
./012_receiver_leaks.go:25:32: len((*Buf).DataP(b)) escapes to heap in main:
./012_receiver_leaks.go:25:32:   flow: {storage for ... argument} ← &{storage for len((*Buf).DataP(b))}:
./012_receiver_leaks.go:25:32:     from len((*Buf).DataP(b)) (spill) at ./012_receiver_leaks.go:25:32
./012_receiver_leaks.go:25:32:     from ... argument (slice-literal-element) at ./012_receiver_leaks.go:25:13
./012_receiver_leaks.go:25:32:   flow: {heap} ← {storage for ... argument}:
./012_receiver_leaks.go:25:32:     from ... argument (spill) at ./012_receiver_leaks.go:25:13
./012_receiver_leaks.go:25:32:     from fmt.Println(... argument...) (call parameter) at ./012_receiver_leaks.go:25:13
./012_receiver_leaks.go:25:50: (*Buf).Len(b) escapes to heap in main:
./012_receiver_leaks.go:25:50:   flow: {storage for ... argument} ← &{storage for (*Buf).Len(b)}:
./012_receiver_leaks.go:25:50:     from (*Buf).Len(b) (spill) at ./012_receiver_leaks.go:25:50
./012_receiver_leaks.go:25:50:     from ... argument (slice-literal-element) at ./012_receiver_leaks.go:25:13
./012_receiver_leaks.go:25:50:   flow: {heap} ← {storage for ... argument}:
./012_receiver_leaks.go:25:50:     from ... argument (spill) at ./012_receiver_leaks.go:25:13
./012_receiver_leaks.go:25:50:     from fmt.Println(... argument...) (call parameter) at ./012_receiver_leaks.go:25:13
./012_receiver_leaks.go:25:60: Buf.Name(b) escapes to heap in main:
./012_receiver_leaks.go:25:60:   flow: {storage for ... argument} ← &{storage for Buf.Name(b)}:
./012_receiver_leaks.go:25:60:     from Buf.Name(b) (spill) at ./012_receiver_leaks.go:25:60
./012_receiver_leaks.go:25:60:     from ... argument (slice-literal-element) at ./012_receiver_leaks.go:25:13
./012_receiver_leaks.go:25:60:   flow: {heap} ← {storage for ... argument}:
./012_receiver_leaks.go:25:60:     from ... argument (spill) at ./012_receiver_leaks.go:25:13
./012_receiver_leaks.go:25:60:     from fmt.Println(... argument...) (call parameter) at ./012_receiver_leaks.go:25:13
./012_receiver_leaks.go:25:70: string(last) escapes to heap in main:
./012_receiver_leaks.go:25:70:   flow: {storage for ... argument} ← &{storage for string(last)}:
./012_receiver_leaks.go:25:70:     from string(last) (spill) at ./012_receiver_leaks.go:25:70
./012_receiver_leaks.go:25:70:     from ... argument (slice-literal-element) at ./012_receiver_leaks.go:25:13
./012_receiver_leaks.go:25:70:   flow: {heap} ← {storage for ... argument}:
./012_receiver_leaks.go:25:70:     from ... argument (spill) at ./012_receiver_leaks.go:25:13
./012_receiver_leaks.go:25:70:     from fmt.Println(... argument...) (call parameter) at ./012_receiver_leaks.go:25:13
./012_receiver_leaks.go:23:25: ([]byte)("abc") escapes to heap in main:
./012_receiver_leaks.go:23:25:   flow: {storage for &Buf{...}} ← &{storage for ([]byte)("abc")}:
./012_receiver_leaks.go:23:25:     from ([]byte)("abc") (spill) at ./012_receiver_leaks.go:23:25
./012_receiver_leaks.go:23:25:     from Buf{...} (struct literal element) at ./012_receiver_leaks.go:23:11
./012_receiver_leaks.go:23:25:   flow: b ← &{storage for &Buf{...}}:
./012_receiver_leaks.go:23:25:     from &Buf{...} (spill) at ./012_receiver_leaks.go:23:7
./012_receiver_leaks.go:23:25:     from b := &Buf{...} (assign) at ./012_receiver_leaks.go:23:4
./012_receiver_leaks.go:23:25:   flow: {heap} ← *b:
./012_receiver_leaks.go:23:25:     from (*Buf).Publish(b) (call parameter) at ./012_receiver_leaks.go:24:11
./012_receiver_leaks.go:22:2: n escapes to heap in main:
./012_receiver_leaks.go:22:2:   flow: {storage for &Buf{...}} ← &n:
./012_receiver_leaks.go:22:2:     from &n (address-of) at ./012_receiver_leaks.go:23:39
./012_receiver_leaks.go:22:2:     from Buf{...} (struct literal element) at ./012_receiver_leaks.go:23:11
./012_receiver_leaks.go:22:2:   flow: b ← &{storage for &Buf{...}}:
./012_receiver_leaks.go:22:2:     from &Buf{...} (spill) at ./012_receiver_leaks.go:23:7
./012_receiver_leaks.go:22:2:     from b := &Buf{...} (assign) at ./012_receiver_leaks.go:23:4
./012_receiver_leaks.go:22:2:   flow: {heap} ← *b:
./012_receiver_leaks.go:22:2:     from (*Buf).Publish(b) (call parameter) at ./012_receiver_leaks.go:24:11
./012_receiver_leaks.go:25:71: string(last) escapes to heap in main:
./012_receiver_leaks.go:25:71:   flow: {storage for string(last)} ← &{storage for string(last)}:
./012_receiver_leaks.go:25:71:     from string(last) (spill) at ./012_receiver_leaks.go:25:71
./012_receiver_leaks.go:25:71:     from string(last) (interface-converted) at ./012_receiver_leaks.go:25:70
./012_receiver_leaks.go:22:2: moved to heap: n
./012_receiver_leaks.go:23:7: &Buf{...} does not escape
./012_receiver_leaks.go:23:25: ([]byte)("abc") escapes to heap
./012_receiver_leaks.go:25:13: ... argument does not escape
./012_receiver_leaks.go:25:17: len(Buf.Data(b)) escapes to heap
./012_receiver_leaks.go:25:32: len((*Buf).DataP(b)) escapes to heap
./012_receiver_leaks.go:25:50: (*Buf).Len(b) escapes to heap
./012_receiver_leaks.go:25:60: Buf.Name(b) escapes to heap
./012_receiver_leaks.go:25:70: string(last) escapes to heap
./012_receiver_leaks.go:25:71: string(last) escapes to heap
./012_receiver_leaks.go:15:7: parameter b leaks to ~r0 for (*Buf).Data with derefs=1:
./012_receiver_leaks.go:15:7:   flow: ~r0 ← *b:
./012_receiver_leaks.go:15:7:     from b (indirection) at <autogenerated>:1
./012_receiver_leaks.go:15:7:     from Buf.Data(b) (call parameter) at <autogenerated>:1
./012_receiver_leaks.go:15:7:     from return Buf.Data(b) (return) at <autogenerated>:1
./012_receiver_leaks.go:19:7: parameter b leaks to ~r0 for (*Buf).Name with derefs=2:
./012_receiver_leaks.go:19:7:   flow: ~r0 ← **b:
./012_receiver_leaks.go:19:7:     from b (indirection) at <autogenerated>:1
./012_receiver_leaks.go:19:7:     from Buf.Name(b) (call parameter) at <autogenerated>:1
./012_receiver_leaks.go:19:7:     from return Buf.Name(b) (return) at <autogenerated>:1
