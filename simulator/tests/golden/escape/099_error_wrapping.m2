./099_error_wrapping.go:18:74: e.Line escapes to heap in (*ParseError).Error:
./099_error_wrapping.go:18:74:   flow: {storage for ... argument} ← &{storage for e.Line}:
./099_error_wrapping.go:18:74:     from e.Line (spill) at ./099_error_wrapping.go:18:74
./099_error_wrapping.go:18:74:     from ... argument (slice-literal-element) at ./099_error_wrapping.go:18:57
./099_error_wrapping.go:18:74:   flow: {heap} ← {storage for ... argument}:
./099_error_wrapping.go:18:74:     from ... argument (spill) at ./099_error_wrapping.go:18:57
./099_error_wrapping.go:18:74:     from fmt.Sprintf("line %d: %s", ... argument...) (call parameter) at ./099_error_wrapping.go:18:57
./099_error_wrapping.go:18:82: e.Msg escapes to heap in (*ParseError).Error:
./099_error_wrapping.go:18:82:   flow: {storage for ... argument} ← &{storage for e.Msg}:
./099_error_wrapping.go:18:82:     from e.Msg (spill) at ./099_error_wrapping.go:18:82
./099_error_wrapping.go:18:82:     from ... argument (slice-literal-element) at ./099_error_wrapping.go:18:57
./099_error_wrapping.go:18:82:   flow: {heap} ← {storage for ... argument}:
./099_error_wrapping.go:18:82:     from ... argument (spill) at ./099_error_wrapping.go:18:57
./099_error_wrapping.go:18:82:     from fmt.Sprintf("line %d: %s", ... argument...) (call parameter) at ./099_error_wrapping.go:18:57
./099_error_wrapping.go:18:7: parameter e leaks to {storage for e.Msg} for (*ParseError).Error with derefs=1:
./099_error_wrapping.go:18:7:   flow: {storage for e.Msg} ← *e:
./099_error_wrapping.go:18:7:     from e.Msg (dot of pointer) at ./099_error_wrapping.go:18:82
./099_error_wrapping.go:18:7:     from e.Msg (interface-converted) at ./099_error_wrapping.go:18:82
./099_error_wrapping.go:18:7: leaking param content: e
./099_error_wrapping.go:18:57: ... argument does not escape
./099_error_wrapping.go:18:74: e.Line escapes to heap
./099_error_wrapping.go:18:82: e.Msg escapes to heap
./099_error_wrapping.go:22:55: "code " escapes to heap in CodeError.Error:
./099_error_wrapping.go:22:55:   flow: {storage for ... argument} ← &{storage for "code "}:
./099_error_wrapping.go:22:55:     from "code " (spill) at ./099_error_wrapping.go:22:55
./099_error_wrapping.go:22:55:     from ... argument (slice-literal-element) at ./099_error_wrapping.go:22:54
./099_error_wrapping.go:22:55:   flow: {heap} ← {storage for ... argument}:
./099_error_wrapping.go:22:55:     from ... argument (spill) at ./099_error_wrapping.go:22:54
./099_error_wrapping.go:22:55:     from fmt.Sprint(... argument...) (call parameter) at ./099_error_wrapping.go:22:54
./099_error_wrapping.go:22:67: int(c) escapes to heap in CodeError.Error:
./099_error_wrapping.go:22:67:   flow: {storage for ... argument} ← &{storage for int(c)}:
./099_error_wrapping.go:22:67:     from int(c) (spill) at ./099_error_wrapping.go:22:67
./099_error_wrapping.go:22:67:     from ... argument (slice-literal-element) at ./099_error_wrapping.go:22:54
./099_error_wrapping.go:22:67:   flow: {heap} ← {storage for ... argument}:
./099_error_wrapping.go:22:67:     from ... argument (spill) at ./099_error_wrapping.go:22:54
./099_error_wrapping.go:22:67:     from fmt.Sprint(... argument...) (call parameter) at ./099_error_wrapping.go:22:54
./099_error_wrapping.go:22:54: ... argument does not escape
./099_error_wrapping.go:22:55: "code " escapes to heap
./099_error_wrapping.go:22:67: int(c) escapes to heap
./099_error_wrapping.go:24:11: key does not escape
./099_error_wrapping.go:32:9: &ParseError{...} escapes to heap in parse:
./099_error_wrapping.go:32:9:   flow: ~r0 ← &{storage for &ParseError{...}}:
./099_error_wrapping.go:32:9:     from &ParseError{...} (spill) at ./099_error_wrapping.go:32:9
./099_error_wrapping.go:32:9:     from &ParseError{...} (interface-converted) at ./099_error_wrapping.go:32:9
./099_error_wrapping.go:32:9:     from return &ParseError{...} (return) at ./099_error_wrapping.go:32:2
./099_error_wrapping.go:32:9: &ParseError{...} escapes to heap
./099_error_wrapping.go:35:42: CodeError(n) escapes to heap in code:
./099_error_wrapping.go:35:42:   flow: ~r0 ← &{storage for CodeError(n)}:
./099_error_wrapping.go:35:42:     from CodeError(n) (spill) at ./099_error_wrapping.go:35:42
./099_error_wrapping.go:35:42:     from return CodeError(n) (return) at ./099_error_wrapping.go:35:26
./099_error_wrapping.go:35:42: CodeError(n) escapes to heap
./099_error_wrapping.go:39:36: key escapes to heap in load:
./099_error_wrapping.go:39:36:   flow: {storage for ... argument} ← &{storage for key}:
./099_error_wrapping.go:39:36:     from key (spill) at ./099_error_wrapping.go:39:36
./099_error_wrapping.go:39:36:     from ... argument (slice-literal-element) at ./099_error_wrapping.go:39:20
./099_error_wrapping.go:39:36:   flow: {heap} ← {storage for ... argument}:
./099_error_wrapping.go:39:36:     from ... argument (spill) at ./099_error_wrapping.go:39:20
./099_error_wrapping.go:39:36:     from fmt.Errorf("load %q: %w", ... argument...) (call parameter) at ./099_error_wrapping.go:39:20
./099_error_wrapping.go:37:11: parameter key leaks to {storage for key} for load with derefs=0:
./099_error_wrapping.go:37:11:   flow: {storage for key} ← key:
./099_error_wrapping.go:37:11:     from key (interface-converted) at ./099_error_wrapping.go:39:36
./099_error_wrapping.go:37:11: leaking param: key
./099_error_wrapping.go:39:20: ... argument does not escape
./099_error_wrapping.go:39:36: key escapes to heap
./099_error_wrapping.go:48:15: "parse error at" escapes to heap in main:
./099_error_wrapping.go:48:15:   flow: {storage for ... argument} ← &{storage for "parse error at"}:
./099_error_wrapping.go:48:15:     from "parse error at" (spill) at ./099_error_wrapping.go:48:15
./099_error_wrapping.go:48:15:     from ... argument (slice-literal-element) at ./099_error_wrapping.go:48:14
./099_error_wrapping.go:48:15:   flow: {heap} ← {storage for ... argument}:
./099_error_wrapping.go:48:15:     from ... argument (spill) at ./099_error_wrapping.go:48:14
./099_error_wrapping.go:48:15:     from fmt.Println(... argument...) (call parameter) at ./099_error_wrapping.go:48:14
./099_error_wrapping.go:48:35: pe.Line escapes to heap in main:
./099_error_wrapping.go:48:35:   flow: {storage for ... argument} ← &{storage for pe.Line}:
./099_error_wrapping.go:48:35:     from pe.Line (spill) at ./099_error_wrapping.go:48:35
./099_error_wrapping.go:48:35:     from ... argument (slice-literal-element) at ./099_error_wrapping.go:48:14
./099_error_wrapping.go:48:35:   flow: {heap} ← {storage for ... argument}:
./099_error_wrapping.go:48:35:     from ... argument (spill) at ./099_error_wrapping.go:48:14
./099_error_wrapping.go:48:35:     from fmt.Println(... argument...) (call parameter) at ./099_error_wrapping.go:48:14
./099_error_wrapping.go:50:33: find("x") == nil escapes to heap in main:
./099_error_wrapping.go:50:33:   flow: {storage for ... argument} ← &{storage for find("x") == nil}:
./099_error_wrapping.go:50:33:     from find("x") == nil (spill) at ./099_error_wrapping.go:50:33
./099_error_wrapping.go:50:33:     from ... argument (slice-literal-element) at ./099_error_wrapping.go:50:13
./099_error_wrapping.go:50:33:   flow: {heap} ← {storage for ... argument}:
./099_error_wrapping.go:50:33:     from ... argument (spill) at ./099_error_wrapping.go:50:13
./099_error_wrapping.go:50:33:     from fmt.Println(... argument...) (call parameter) at ./099_error_wrapping.go:50:13
./099_error_wrapping.go:46:13: ... argument does not escape
./099_error_wrapping.go:48:14: ... argument does not escape
./099_error_wrapping.go:48:15: "parse error at" escapes to heap
./099_error_wrapping.go:48:35: pe.Line escapes to heap
./099_error_wrapping.go:50:13: ... argument does not escape
./099_error_wrapping.go:50:33: find("x") == nil escapes to heap
<autogenerated>:1: parameter p leaks to {heap} for .eq.M8S with derefs=1:
<autogenerated>:1:   flow: {heap} ← *p:
<autogenerated>:1:     from unsafe.Add(p, uintptr(8)) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from *(*unsafe.Pointer)(unsafe.Add(p, uintptr(8))) (indirection) at <autogenerated>:1
<autogenerated>:1:     from runtime.memequal(*(*unsafe.Pointer)(unsafe.Add(p, uintptr(8))), *(*unsafe.Pointer)(unsafe.Add(q, uintptr(8))), *(*uintptr)(unsafe.Add(p, uintptr(16)))) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter q leaks to {heap} for .eq.M8S with derefs=1:
<autogenerated>:1:   flow: {heap} ← *q:
<autogenerated>:1:     from unsafe.Add(q, uintptr(8)) (call parameter) at <autogenerated>:1
<autogenerated>:1:     from *(*unsafe.Pointer)(unsafe.Add(q, uintptr(8))) (indirection) at <autogenerated>:1
<autogenerated>:1:     from runtime.memequal(*(*unsafe.Pointer)(unsafe.Add(p, uintptr(8))), *(*unsafe.Pointer)(unsafe.Add(q, uintptr(8))), *(*uintptr)(unsafe.Add(p, uintptr(16)))) (call parameter) at <autogenerated>:1
