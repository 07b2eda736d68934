./escape-containers--ages.go:11:17: len(ages) escapes to heap in main:
./escape-containers--ages.go:11:17:   flow: {storage for ... argument} ← &{storage for len(ages)}:
./escape-containers--ages.go:11:17:     from len(ages) (spill) at ./escape-containers--ages.go:11:17
./escape-containers--ages.go:11:17:     from ... argument (slice-literal-element) at ./escape-containers--ages.go:11:13
./escape-containers--ages.go:11:17:   flow: {heap} ← {storage for ... argument}:
./escape-containers--ages.go:11:17:     from ... argument (spill) at ./escape-containers--ages.go:11:13
./escape-containers--ages.go:11:17:     from fmt.Println(... argument...) (call parameter) at ./escape-containers--ages.go:11:13
./escape-containers--ages.go:11:29: ages["ivy"] escapes to heap in main:
./escape-containers--ages.go:11:29:   flow: {storage for ... argument} ← &{storage for ages["ivy"]}:
./escape-containers--ages.go:11:29:     from ages["ivy"] (spill) at ./escape-containers--ages.go:11:29
./escape-containers--ages.go:11:29:     from ... argument (slice-literal-element) at ./escape-containers--ages.go:11:13
./escape-containers--ages.go:11:29:   flow: {heap} ← {storage for ... argument}:
./escape-containers--ages.go:11:29:     from ... argument (spill) at ./escape-containers--ages.go:11:13
./escape-containers--ages.go:11:29:     from fmt.Println(... argument...) (call parameter) at ./escape-containers--ages.go:11:13
./escape-containers--ages.go:6:14: make(map[string]int) does not escape
./escape-containers--ages.go:7:19: []string{...} does not escape
./escape-containers--ages.go:11:13: ... argument does not escape
./escape-containers--ages.go:11:17: len(ages) escapes to heap
./escape-containers--ages.go:11:29: ages["ivy"] escapes to heap
