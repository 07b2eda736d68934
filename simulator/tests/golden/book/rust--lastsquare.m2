./rust--lastsquare.go:11:14: *last escapes to heap in main:
./rust--lastsquare.go:11:14:   flow: {storage for ... argument} ← &{storage for *last}:
./rust--lastsquare.go:11:14:     from *last (spill) at ./rust--lastsquare.go:11:14
./rust--lastsquare.go:11:14:     from ... argument (slice-literal-element) at ./rust--lastsquare.go:11:13
./rust--lastsquare.go:11:14:   flow: {heap} ← {storage for ... argument}:
./rust--lastsquare.go:11:14:     from ... argument (spill) at ./rust--lastsquare.go:11:13
./rust--lastsquare.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./rust--lastsquare.go:11:13
./rust--lastsquare.go:8:3: x escapes to heap in main:
./rust--lastsquare.go:8:3:   flow: last ← &x:
./rust--lastsquare.go:8:3:     from &x (address-of) at ./rust--lastsquare.go:9:10
./rust--lastsquare.go:8:3:     from last = &x (assign) at ./rust--lastsquare.go:9:8
./rust--lastsquare.go:8:3: moved to heap: x
./rust--lastsquare.go:11:13: ... argument does not escape
./rust--lastsquare.go:11:14: *last escapes to heap
