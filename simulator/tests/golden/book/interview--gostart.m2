./interview--gostart.go:22:2: func literal escapes to heap in WithArg:
./interview--gostart.go:22:2:   flow: {heap} ← &{storage for func literal}:
./interview--gostart.go:22:2:     from func literal (spill) at ./interview--gostart.go:22:2
./interview--gostart.go:22:2: WithArg capturing by value: .autotmp_1 (addr=false assign=false width=8)
./interview--gostart.go:28:5: func literal escapes to heap in Closure:
./interview--gostart.go:28:5:   flow: {heap} ← &{storage for func literal}:
./interview--gostart.go:28:5:     from func literal (spill) at ./interview--gostart.go:28:5
./interview--gostart.go:27:2: Closure capturing by value: n (addr=false assign=false width=8)
./interview--gostart.go:28:5: func literal escapes to heap
./interview--gostart.go:40:14: "ok" escapes to heap in main:
./interview--gostart.go:40:14:   flow: {storage for ... argument} ← &{storage for "ok"}:
./interview--gostart.go:40:14:     from "ok" (spill) at ./interview--gostart.go:40:14
./interview--gostart.go:40:14:     from ... argument (slice-literal-element) at ./interview--gostart.go:40:13
./interview--gostart.go:40:14:   flow: {heap} ← {storage for ... argument}:
./interview--gostart.go:40:14:     from ... argument (spill) at ./interview--gostart.go:40:13
./interview--gostart.go:40:14:     from fmt.Println(... argument...) (call parameter) at ./interview--gostart.go:40:13
./interview--gostart.go:40:13: ... argument does not escape
./interview--gostart.go:40:14: "ok" escapes to heap
