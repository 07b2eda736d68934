./interview--classes.go:15:28: new([100]byte) escapes to heap in Bytes100:
./interview--classes.go:15:28:   flow: {heap} ← &{storage for new([100]byte)}:
./interview--classes.go:15:28:     from new([100]byte) (spill) at ./interview--classes.go:15:28
./interview--classes.go:15:28:     from a = new([100]byte) (assign) at ./interview--classes.go:15:23
./interview--classes.go:15:28: new([100]byte) escapes to heap
./interview--classes.go:16:28: new(withPtr) escapes to heap in Ptr108:
./interview--classes.go:16:28:   flow: {heap} ← &{storage for new(withPtr)}:
./interview--classes.go:16:28:     from new(withPtr) (spill) at ./interview--classes.go:16:28
./interview--classes.go:16:28:     from b = new(withPtr) (assign) at ./interview--classes.go:16:23
./interview--classes.go:16:28: new(withPtr) escapes to heap
./interview--classes.go:17:28: new([800]byte) escapes to heap in Bytes800:
./interview--classes.go:17:28:   flow: {heap} ← &{storage for new([800]byte)}:
./interview--classes.go:17:28:     from new([800]byte) (spill) at ./interview--classes.go:17:28
./interview--classes.go:17:28:     from c = new([800]byte) (assign) at ./interview--classes.go:17:23
./interview--classes.go:17:28: new([800]byte) escapes to heap
./interview--classes.go:18:28: new([40000]byte) escapes to heap in Bytes40000:
./interview--classes.go:18:28:   flow: {heap} ← &{storage for new([40000]byte)}:
./interview--classes.go:18:28:     from new([40000]byte) (spill) at ./interview--classes.go:18:28
./interview--classes.go:18:28:     from d = new([40000]byte) (assign) at ./interview--classes.go:18:23
./interview--classes.go:18:28: new([40000]byte) escapes to heap
./interview--classes.go:25:17: 100 escapes to heap in main:
./interview--classes.go:25:17:   flow: {storage for ... argument} ← &{storage for 100}:
./interview--classes.go:25:17:     from 100 (spill) at ./interview--classes.go:25:17
./interview--classes.go:25:17:     from ... argument (slice-literal-element) at ./interview--classes.go:25:13
./interview--classes.go:25:17:   flow: {heap} ← {storage for ... argument}:
./interview--classes.go:25:17:     from ... argument (spill) at ./interview--classes.go:25:13
./interview--classes.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./interview--classes.go:25:13
./interview--classes.go:25:25: 100 escapes to heap in main:
./interview--classes.go:25:25:   flow: {storage for ... argument} ← &{storage for 100}:
./interview--classes.go:25:25:     from 100 (spill) at ./interview--classes.go:25:25
./interview--classes.go:25:25:     from ... argument (slice-literal-element) at ./interview--classes.go:25:13
./interview--classes.go:25:25:   flow: {heap} ← {storage for ... argument}:
./interview--classes.go:25:25:     from ... argument (spill) at ./interview--classes.go:25:13
./interview--classes.go:25:25:     from fmt.Println(... argument...) (call parameter) at ./interview--classes.go:25:13
./interview--classes.go:25:38: 800 escapes to heap in main:
./interview--classes.go:25:38:   flow: {storage for ... argument} ← &{storage for 800}:
./interview--classes.go:25:38:     from 800 (spill) at ./interview--classes.go:25:38
./interview--classes.go:25:38:     from ... argument (slice-literal-element) at ./interview--classes.go:25:13
./interview--classes.go:25:38:   flow: {heap} ← {storage for ... argument}:
./interview--classes.go:25:38:     from ... argument (spill) at ./interview--classes.go:25:13
./interview--classes.go:25:38:     from fmt.Println(... argument...) (call parameter) at ./interview--classes.go:25:13
./interview--classes.go:25:46: 40000 escapes to heap in main:
./interview--classes.go:25:46:   flow: {storage for ... argument} ← &{storage for 40000}:
./interview--classes.go:25:46:     from 40000 (spill) at ./interview--classes.go:25:46
./interview--classes.go:25:46:     from ... argument (slice-literal-element) at ./interview--classes.go:25:13
./interview--classes.go:25:46:   flow: {heap} ← {storage for ... argument}:
./interview--classes.go:25:46:     from ... argument (spill) at ./interview--classes.go:25:13
./interview--classes.go:25:46:     from fmt.Println(... argument...) (call parameter) at ./interview--classes.go:25:13
./interview--classes.go:25:13: ... argument does not escape
./interview--classes.go:25:17: 100 escapes to heap
./interview--classes.go:25:25: 100 escapes to heap
./interview--classes.go:25:38: 800 escapes to heap
./interview--classes.go:25:46: 40000 escapes to heap
