./rust--boxref.go:6:2: x escapes to heap in main:
./rust--boxref.go:6:2:   flow: {heap} ← &x:
./rust--boxref.go:6:2:     from &x (address-of) at ./rust--boxref.go:8:11
./rust--boxref.go:6:2:     from *boxed = &x (assign) at ./rust--boxref.go:8:9
./rust--boxref.go:9:14: "through the pointer:" escapes to heap in main:
./rust--boxref.go:9:14:   flow: {storage for ... argument} ← &{storage for "through the pointer:"}:
./rust--boxref.go:9:14:     from "through the pointer:" (spill) at ./rust--boxref.go:9:14
./rust--boxref.go:9:14:     from ... argument (slice-literal-element) at ./rust--boxref.go:9:13
./rust--boxref.go:9:14:   flow: {heap} ← {storage for ... argument}:
./rust--boxref.go:9:14:     from ... argument (spill) at ./rust--boxref.go:9:13
./rust--boxref.go:9:14:     from fmt.Println(... argument...) (call parameter) at ./rust--boxref.go:9:13
./rust--boxref.go:9:38: *(*boxed) escapes to heap in main:
./rust--boxref.go:9:38:   flow: {storage for ... argument} ← &{storage for *(*boxed)}:
./rust--boxref.go:9:38:     from *(*boxed) (spill) at ./rust--boxref.go:9:38
./rust--boxref.go:9:38:     from ... argument (slice-literal-element) at ./rust--boxref.go:9:13
./rust--boxref.go:9:38:   flow: {heap} ← {storage for ... argument}:
./rust--boxref.go:9:38:     from ... argument (spill) at ./rust--boxref.go:9:13
./rust--boxref.go:9:38:     from fmt.Println(... argument...) (call parameter) at ./rust--boxref.go:9:13
./rust--boxref.go:6:2: moved to heap: x
./rust--boxref.go:7:14: new(*int) does not escape
./rust--boxref.go:9:13: ... argument does not escape
./rust--boxref.go:9:14: "through the pointer:" escapes to heap
./rust--boxref.go:9:38: *(*boxed) escapes to heap
