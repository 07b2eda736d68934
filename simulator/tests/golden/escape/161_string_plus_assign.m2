./161_string_plus_assign.go:12:17: parameter s leaks to ~r0 for plusAssign with derefs=0:
./161_string_plus_assign.go:12:17:   flow: ~r0 ← s:
./161_string_plus_assign.go:12:17:     from return s (return) at ./161_string_plus_assign.go:14:2
./161_string_plus_assign.go:12:20: parameter w leaks to ~r0 for plusAssign with derefs=0:
./161_string_plus_assign.go:12:20:   flow: s ← w:
./161_string_plus_assign.go:12:20:     from s += w (assign) at ./161_string_plus_assign.go:13:4
./161_string_plus_assign.go:12:20:   flow: ~r0 ← s:
./161_string_plus_assign.go:12:20:     from return s (return) at ./161_string_plus_assign.go:14:2
./161_string_plus_assign.go:12:17: leaking param: s to result ~r0 level=0
./161_string_plus_assign.go:12:20: leaking param: w to result ~r0 level=0
./161_string_plus_assign.go:17:15: parameter s leaks to ~r0 for explicit with derefs=0:
./161_string_plus_assign.go:17:15:   flow: ~r0 ← s:
./161_string_plus_assign.go:17:15:     from return s (return) at ./161_string_plus_assign.go:19:2
./161_string_plus_assign.go:18:8: s + w escapes to heap in explicit:
./161_string_plus_assign.go:18:8:   flow: s ← &{storage for s + w}:
./161_string_plus_assign.go:18:8:     from s + w (spill) at ./161_string_plus_assign.go:18:8
./161_string_plus_assign.go:18:8:     from s = s + w (assign) at ./161_string_plus_assign.go:18:4
./161_string_plus_assign.go:18:8:   flow: ~r0 ← s:
./161_string_plus_assign.go:18:8:     from return s (return) at ./161_string_plus_assign.go:19:2
./161_string_plus_assign.go:17:15: leaking param: s to result ~r0 level=0
./161_string_plus_assign.go:17:18: w does not escape
./161_string_plus_assign.go:18:8: s + w escapes to heap
./161_string_plus_assign.go:24:9: s + "!" escapes to heap in mixed:
./161_string_plus_assign.go:24:9:   flow: t ← &{storage for s + "!"}:
./161_string_plus_assign.go:24:9:     from s + "!" (spill) at ./161_string_plus_assign.go:24:9
./161_string_plus_assign.go:24:9:     from t := s + "!" (assign) at ./161_string_plus_assign.go:24:4
./161_string_plus_assign.go:24:9:   flow: {heap} ← t:
./161_string_plus_assign.go:24:9:     from sink = t (assign) at ./161_string_plus_assign.go:25:7
./161_string_plus_assign.go:22:12: parameter s leaks to ~r0 for mixed with derefs=0:
./161_string_plus_assign.go:22:12:   flow: ~r0 ← s:
./161_string_plus_assign.go:22:12:     from return s (return) at ./161_string_plus_assign.go:26:2
./161_string_plus_assign.go:23:15: "<" + w + ">" escapes to heap in mixed:
./161_string_plus_assign.go:23:15:   flow: s ← &{storage for "<" + w + ">"}:
./161_string_plus_assign.go:23:15:     from "<" + w + ">" (spill) at ./161_string_plus_assign.go:23:15
./161_string_plus_assign.go:23:15:     from s += "<" + w + ">" (assign) at ./161_string_plus_assign.go:23:4
./161_string_plus_assign.go:23:15:   flow: ~r0 ← s:
./161_string_plus_assign.go:23:15:     from return s (return) at ./161_string_plus_assign.go:26:2
./161_string_plus_assign.go:22:12: leaking param: s to result ~r0 level=0
./161_string_plus_assign.go:22:15: w does not escape
./161_string_plus_assign.go:23:15: "<" + w + ">" escapes to heap
./161_string_plus_assign.go:24:9: s + "!" escapes to heap
./161_string_plus_assign.go:30:24: plusAssign("a", "b") escapes to heap in main:
./161_string_plus_assign.go:30:24:   flow: {storage for ... argument} ← &{storage for plusAssign("a", "b")}:
./161_string_plus_assign.go:30:24:     from plusAssign("a", "b") (spill) at ./161_string_plus_assign.go:30:24
./161_string_plus_assign.go:30:24:     from ... argument (slice-literal-element) at ./161_string_plus_assign.go:30:13
./161_string_plus_assign.go:30:24:   flow: {heap} ← {storage for ... argument}:
./161_string_plus_assign.go:30:24:     from ... argument (spill) at ./161_string_plus_assign.go:30:13
./161_string_plus_assign.go:30:24:     from fmt.Println(... argument...) (call parameter) at ./161_string_plus_assign.go:30:13
./161_string_plus_assign.go:30:44: explicit("c", "d") escapes to heap in main:
./161_string_plus_assign.go:30:44:   flow: {storage for ... argument} ← &{storage for explicit("c", "d")}:
./161_string_plus_assign.go:30:44:     from explicit("c", "d") (spill) at ./161_string_plus_assign.go:30:44
./161_string_plus_assign.go:30:44:     from ... argument (slice-literal-element) at ./161_string_plus_assign.go:30:13
./161_string_plus_assign.go:30:44:   flow: {heap} ← {storage for ... argument}:
./161_string_plus_assign.go:30:44:     from ... argument (spill) at ./161_string_plus_assign.go:30:13
./161_string_plus_assign.go:30:44:     from fmt.Println(... argument...) (call parameter) at ./161_string_plus_assign.go:30:13
./161_string_plus_assign.go:30:61: mixed("e", "f") escapes to heap in main:
./161_string_plus_assign.go:30:61:   flow: {storage for ... argument} ← &{storage for mixed("e", "f")}:
./161_string_plus_assign.go:30:61:     from mixed("e", "f") (spill) at ./161_string_plus_assign.go:30:61
./161_string_plus_assign.go:30:61:     from ... argument (slice-literal-element) at ./161_string_plus_assign.go:30:13
./161_string_plus_assign.go:30:61:   flow: {heap} ← {storage for ... argument}:
./161_string_plus_assign.go:30:61:     from ... argument (spill) at ./161_string_plus_assign.go:30:13
./161_string_plus_assign.go:30:61:     from fmt.Println(... argument...) (call parameter) at ./161_string_plus_assign.go:30:13
./161_string_plus_assign.go:30:73: sink escapes to heap in main:
./161_string_plus_assign.go:30:73:   flow: {storage for ... argument} ← &{storage for sink}:
./161_string_plus_assign.go:30:73:     from sink (spill) at ./161_string_plus_assign.go:30:73
./161_string_plus_assign.go:30:73:     from ... argument (slice-literal-element) at ./161_string_plus_assign.go:30:13
./161_string_plus_assign.go:30:73:   flow: {heap} ← {storage for ... argument}:
./161_string_plus_assign.go:30:73:     from ... argument (spill) at ./161_string_plus_assign.go:30:13
./161_string_plus_assign.go:30:73:     from fmt.Println(... argument...) (call parameter) at ./161_string_plus_assign.go:30:13
./161_string_plus_assign.go:30:13: ... argument does not escape
./161_string_plus_assign.go:30:24: plusAssign("a", "b") escapes to heap
./161_string_plus_assign.go:30:44: explicit("c", "d") escapes to heap
./161_string_plus_assign.go:30:61: mixed("e", "f") escapes to heap
./161_string_plus_assign.go:30:73: sink escapes to heap
