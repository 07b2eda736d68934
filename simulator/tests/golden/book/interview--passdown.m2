./interview--passdown.go:5:12: a does not escape
./interview--passdown.go:22:14: result escapes to heap in main:
./interview--passdown.go:22:14:   flow: {storage for ... argument} ← &{storage for result}:
./interview--passdown.go:22:14:     from result (spill) at ./interview--passdown.go:22:14
./interview--passdown.go:22:14:     from ... argument (slice-literal-element) at ./interview--passdown.go:22:13
./interview--passdown.go:22:14:   flow: {heap} ← {storage for ... argument}:
./interview--passdown.go:22:14:     from ... argument (spill) at ./interview--passdown.go:22:13
./interview--passdown.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./interview--passdown.go:22:13
./interview--passdown.go:22:13: ... argument does not escape
./interview--passdown.go:22:14: result escapes to heap
