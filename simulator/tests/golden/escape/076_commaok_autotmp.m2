./076_commaok_autotmp.go:15:16: .autotmp_7 escapes to heap in commaOk:
./076_commaok_autotmp.go:15:16:   flow: {heap} ← &{storage for .autotmp_7}:
./076_commaok_autotmp.go:15:16:     from .autotmp_7 (spill) at ./076_commaok_autotmp.go:15:16
./076_commaok_autotmp.go:15:16:     from sinkV, sinkOk = .autotmp_7, .autotmp_8 (assign-pair) at ./076_commaok_autotmp.go:15:16
./076_commaok_autotmp.go:16:12: .autotmp_9 escapes to heap in commaOk:
./076_commaok_autotmp.go:16:12:   flow: {heap} ← &{storage for .autotmp_9}:
./076_commaok_autotmp.go:16:12:     from .autotmp_9 (spill) at ./076_commaok_autotmp.go:16:12
./076_commaok_autotmp.go:16:12:     from sinkV, ok = .autotmp_9, .autotmp_10 (assign-pair) at ./076_commaok_autotmp.go:16:12
./076_commaok_autotmp.go:17:21: ok escapes to heap in commaOk:
./076_commaok_autotmp.go:17:21:   flow: {storage for ... argument} ← &{storage for ok}:
./076_commaok_autotmp.go:17:21:     from ok (spill) at ./076_commaok_autotmp.go:17:21
./076_commaok_autotmp.go:17:21:     from ... argument (slice-literal-element) at ./076_commaok_autotmp.go:17:13
./076_commaok_autotmp.go:17:21:   flow: {heap} ← {storage for ... argument}:
./076_commaok_autotmp.go:17:21:     from ... argument (spill) at ./076_commaok_autotmp.go:17:13
./076_commaok_autotmp.go:17:21:     from fmt.Println(... argument...) (call parameter) at ./076_commaok_autotmp.go:17:13
./076_commaok_autotmp.go:14:12: .autotmp_5 escapes to heap in commaOk:
./076_commaok_autotmp.go:14:12:   flow: local ← &{storage for .autotmp_5}:
./076_commaok_autotmp.go:14:12:     from .autotmp_5 (spill) at ./076_commaok_autotmp.go:14:12
./076_commaok_autotmp.go:14:12:     from local, ok = .autotmp_5, .autotmp_6 (assign-pair) at ./076_commaok_autotmp.go:14:12
./076_commaok_autotmp.go:14:12:   flow: {storage for ... argument} ← local:
./076_commaok_autotmp.go:14:12:     from ... argument (slice-literal-element) at ./076_commaok_autotmp.go:17:13
./076_commaok_autotmp.go:14:12:   flow: {heap} ← {storage for ... argument}:
./076_commaok_autotmp.go:14:12:     from ... argument (spill) at ./076_commaok_autotmp.go:17:13
./076_commaok_autotmp.go:14:12:     from fmt.Println(... argument...) (call parameter) at ./076_commaok_autotmp.go:17:13
./076_commaok_autotmp.go:11:14: x does not escape
./076_commaok_autotmp.go:11:21: m does not escape
./076_commaok_autotmp.go:11:39: c does not escape
./076_commaok_autotmp.go:14:12: .autotmp_5 escapes to heap
./076_commaok_autotmp.go:15:16: .autotmp_7 escapes to heap
./076_commaok_autotmp.go:16:12: .autotmp_9 escapes to heap
./076_commaok_autotmp.go:17:13: ... argument does not escape
./076_commaok_autotmp.go:17:21: ok escapes to heap
./076_commaok_autotmp.go:24:21: sinkOk escapes to heap in main:
./076_commaok_autotmp.go:24:21:   flow: {storage for ... argument} ← &{storage for sinkOk}:
./076_commaok_autotmp.go:24:21:     from sinkOk (spill) at ./076_commaok_autotmp.go:24:21
./076_commaok_autotmp.go:24:21:     from ... argument (slice-literal-element) at ./076_commaok_autotmp.go:24:13
./076_commaok_autotmp.go:24:21:   flow: {heap} ← {storage for ... argument}:
./076_commaok_autotmp.go:24:21:     from ... argument (spill) at ./076_commaok_autotmp.go:24:13
./076_commaok_autotmp.go:24:21:     from fmt.Println(... argument...) (call parameter) at ./076_commaok_autotmp.go:24:13
./076_commaok_autotmp.go:23:10: 7 does not escape
./076_commaok_autotmp.go:23:27: map[int]string{...} does not escape
./076_commaok_autotmp.go:24:13: ... argument does not escape
./076_commaok_autotmp.go:24:21: sinkOk escapes to heap
