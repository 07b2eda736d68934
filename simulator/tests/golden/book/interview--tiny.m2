./interview--tiny.go:10:25: new(byte) escapes to heap in Byte:
./interview--tiny.go:10:25:   flow: {heap} ← &{storage for new(byte)}:
./interview--tiny.go:10:25:     from new(byte) (spill) at ./interview--tiny.go:10:25
./interview--tiny.go:10:25:     from b = new(byte) (assign) at ./interview--tiny.go:10:20
./interview--tiny.go:10:25: new(byte) escapes to heap
./interview--tiny.go:11:27: new(int32) escapes to heap in Int32:
./interview--tiny.go:11:27:   flow: {heap} ← &{storage for new(int32)}:
./interview--tiny.go:11:27:     from new(int32) (spill) at ./interview--tiny.go:11:27
./interview--tiny.go:11:27:     from i32 = new(int32) (assign) at ./interview--tiny.go:11:22
./interview--tiny.go:11:27: new(int32) escapes to heap
./interview--tiny.go:12:27: new(int64) escapes to heap in Int64:
./interview--tiny.go:12:27:   flow: {heap} ← &{storage for new(int64)}:
./interview--tiny.go:12:27:     from new(int64) (spill) at ./interview--tiny.go:12:27
./interview--tiny.go:12:27:     from i64 = new(int64) (assign) at ./interview--tiny.go:12:22
./interview--tiny.go:12:27: new(int64) escapes to heap
./interview--tiny.go:13:25: new([12]byte) escapes to heap in Bytes12:
./interview--tiny.go:13:25:   flow: {heap} ← &{storage for new([12]byte)}:
./interview--tiny.go:13:25:     from new([12]byte) (spill) at ./interview--tiny.go:13:25
./interview--tiny.go:13:25:     from s = new([12]byte) (assign) at ./interview--tiny.go:13:20
./interview--tiny.go:13:25: new([12]byte) escapes to heap
./interview--tiny.go:20:14: *b escapes to heap in main:
./interview--tiny.go:20:14:   flow: {storage for ... argument} ← &{storage for *b}:
./interview--tiny.go:20:14:     from *b (spill) at ./interview--tiny.go:20:14
./interview--tiny.go:20:14:     from ... argument (slice-literal-element) at ./interview--tiny.go:20:13
./interview--tiny.go:20:14:   flow: {heap} ← {storage for ... argument}:
./interview--tiny.go:20:14:     from ... argument (spill) at ./interview--tiny.go:20:13
./interview--tiny.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./interview--tiny.go:20:13
./interview--tiny.go:20:18: *i32 escapes to heap in main:
./interview--tiny.go:20:18:   flow: {storage for ... argument} ← &{storage for *i32}:
./interview--tiny.go:20:18:     from *i32 (spill) at ./interview--tiny.go:20:18
./interview--tiny.go:20:18:     from ... argument (slice-literal-element) at ./interview--tiny.go:20:13
./interview--tiny.go:20:18:   flow: {heap} ← {storage for ... argument}:
./interview--tiny.go:20:18:     from ... argument (spill) at ./interview--tiny.go:20:13
./interview--tiny.go:20:18:     from fmt.Println(... argument...) (call parameter) at ./interview--tiny.go:20:13
./interview--tiny.go:20:24: *i64 escapes to heap in main:
./interview--tiny.go:20:24:   flow: {storage for ... argument} ← &{storage for *i64}:
./interview--tiny.go:20:24:     from *i64 (spill) at ./interview--tiny.go:20:24
./interview--tiny.go:20:24:     from ... argument (slice-literal-element) at ./interview--tiny.go:20:13
./interview--tiny.go:20:24:   flow: {heap} ← {storage for ... argument}:
./interview--tiny.go:20:24:     from ... argument (spill) at ./interview--tiny.go:20:13
./interview--tiny.go:20:24:     from fmt.Println(... argument...) (call parameter) at ./interview--tiny.go:20:13
./interview--tiny.go:20:33: 12 escapes to heap in main:
./interview--tiny.go:20:33:   flow: {storage for ... argument} ← &{storage for 12}:
./interview--tiny.go:20:33:     from 12 (spill) at ./interview--tiny.go:20:33
./interview--tiny.go:20:33:     from ... argument (slice-literal-element) at ./interview--tiny.go:20:13
./interview--tiny.go:20:33:   flow: {heap} ← {storage for ... argument}:
./interview--tiny.go:20:33:     from ... argument (spill) at ./interview--tiny.go:20:13
./interview--tiny.go:20:33:     from fmt.Println(... argument...) (call parameter) at ./interview--tiny.go:20:13
./interview--tiny.go:20:13: ... argument does not escape
./interview--tiny.go:20:14: *b escapes to heap
./interview--tiny.go:20:18: *i32 escapes to heap
./interview--tiny.go:20:24: *i64 escapes to heap
./interview--tiny.go:20:33: 12 escapes to heap
