./heap--large.go:14:27: new([32760]byte) escapes to heap in Small:
./heap--large.go:14:27:   flow: {heap} ← &{storage for new([32760]byte)}:
./heap--large.go:14:27:     from new([32760]byte) (spill) at ./heap--large.go:14:27
./heap--large.go:14:27:     from small = new([32760]byte) (assign) at ./heap--large.go:14:22
./heap--large.go:14:27: new([32760]byte) escapes to heap
./heap--large.go:15:27: new([32769]byte) escapes to heap in Large:
./heap--large.go:15:27:   flow: {heap} ← &{storage for new([32769]byte)}:
./heap--large.go:15:27:     from new([32769]byte) (spill) at ./heap--large.go:15:27
./heap--large.go:15:27:     from large = new([32769]byte) (assign) at ./heap--large.go:15:22
./heap--large.go:15:27: new([32769]byte) escapes to heap
./heap--large.go:16:25: new([100000]byte) escapes to heap in Big:
./heap--large.go:16:25:   flow: {heap} ← &{storage for new([100000]byte)}:
./heap--large.go:16:25:     from new([100000]byte) (spill) at ./heap--large.go:16:25
./heap--large.go:16:25:     from big = new([100000]byte) (assign) at ./heap--large.go:16:20
./heap--large.go:16:25: new([100000]byte) escapes to heap in Big:
./heap--large.go:16:25:   flow: {heap} ← &{storage for new([100000]byte)}:
./heap--large.go:16:25:     from new([100000]byte) (too large for stack) at ./heap--large.go:16:25
./heap--large.go:16:25: new([100000]byte) escapes to heap
./heap--large.go:18:16: f does not escape
./heap--large.go:27:14: " 32760 bytes take" escapes to heap in main:
./heap--large.go:27:14:   flow: {storage for ... argument} ← &{storage for " 32760 bytes take"}:
./heap--large.go:27:14:     from " 32760 bytes take" (spill) at ./heap--large.go:27:14
./heap--large.go:27:14:     from ... argument (slice-literal-element) at ./heap--large.go:27:13
./heap--large.go:27:14:   flow: {heap} ← {storage for ... argument}:
./heap--large.go:27:14:     from ... argument (spill) at ./heap--large.go:27:13
./heap--large.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./heap--large.go:27:13
./heap--large.go:27:44: heapBytes(Small) escapes to heap in main:
./heap--large.go:27:44:   flow: {storage for ... argument} ← &{storage for heapBytes(Small)}:
./heap--large.go:27:44:     from heapBytes(Small) (spill) at ./heap--large.go:27:44
./heap--large.go:27:44:     from ... argument (slice-literal-element) at ./heap--large.go:27:13
./heap--large.go:27:44:   flow: {heap} ← {storage for ... argument}:
./heap--large.go:27:44:     from ... argument (spill) at ./heap--large.go:27:13
./heap--large.go:27:44:     from fmt.Println(... argument...) (call parameter) at ./heap--large.go:27:13
./heap--large.go:28:14: " 32769 bytes take" escapes to heap in main:
./heap--large.go:28:14:   flow: {storage for ... argument} ← &{storage for " 32769 bytes take"}:
./heap--large.go:28:14:     from " 32769 bytes take" (spill) at ./heap--large.go:28:14
./heap--large.go:28:14:     from ... argument (slice-literal-element) at ./heap--large.go:28:13
./heap--large.go:28:14:   flow: {heap} ← {storage for ... argument}:
./heap--large.go:28:14:     from ... argument (spill) at ./heap--large.go:28:13
./heap--large.go:28:14:     from fmt.Println(... argument...) (call parameter) at ./heap--large.go:28:13
./heap--large.go:28:44: heapBytes(Large) escapes to heap in main:
./heap--large.go:28:44:   flow: {storage for ... argument} ← &{storage for heapBytes(Large)}:
./heap--large.go:28:44:     from heapBytes(Large) (spill) at ./heap--large.go:28:44
./heap--large.go:28:44:     from ... argument (slice-literal-element) at ./heap--large.go:28:13
./heap--large.go:28:44:   flow: {heap} ← {storage for ... argument}:
./heap--large.go:28:44:     from ... argument (spill) at ./heap--large.go:28:13
./heap--large.go:28:44:     from fmt.Println(... argument...) (call parameter) at ./heap--large.go:28:13
./heap--large.go:29:14: "100000 bytes take" escapes to heap in main:
./heap--large.go:29:14:   flow: {storage for ... argument} ← &{storage for "100000 bytes take"}:
./heap--large.go:29:14:     from "100000 bytes take" (spill) at ./heap--large.go:29:14
./heap--large.go:29:14:     from ... argument (slice-literal-element) at ./heap--large.go:29:13
./heap--large.go:29:14:   flow: {heap} ← {storage for ... argument}:
./heap--large.go:29:14:     from ... argument (spill) at ./heap--large.go:29:13
./heap--large.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./heap--large.go:29:13
./heap--large.go:29:44: heapBytes(Big) escapes to heap in main:
./heap--large.go:29:44:   flow: {storage for ... argument} ← &{storage for heapBytes(Big)}:
./heap--large.go:29:44:     from heapBytes(Big) (spill) at ./heap--large.go:29:44
./heap--large.go:29:44:     from ... argument (slice-literal-element) at ./heap--large.go:29:13
./heap--large.go:29:44:   flow: {heap} ← {storage for ... argument}:
./heap--large.go:29:44:     from ... argument (spill) at ./heap--large.go:29:13
./heap--large.go:29:44:     from fmt.Println(... argument...) (call parameter) at ./heap--large.go:29:13
./heap--large.go:27:13: ... argument does not escape
./heap--large.go:27:14: " 32760 bytes take" escapes to heap
./heap--large.go:27:44: heapBytes(Small) escapes to heap
./heap--large.go:28:13: ... argument does not escape
./heap--large.go:28:14: " 32769 bytes take" escapes to heap
./heap--large.go:28:44: heapBytes(Large) escapes to heap
./heap--large.go:29:13: ... argument does not escape
./heap--large.go:29:14: "100000 bytes take" escapes to heap
./heap--large.go:29:44: heapBytes(Big) escapes to heap
