./rust--bypoint.go:15:18: q.X + q.Y escapes to heap in main:
./rust--bypoint.go:15:18:   flow: {storage for ... argument} ← &{storage for q.X + q.Y}:
./rust--bypoint.go:15:18:     from q.X + q.Y (spill) at ./rust--bypoint.go:15:18
./rust--bypoint.go:15:18:     from ... argument (slice-literal-element) at ./rust--bypoint.go:15:13
./rust--bypoint.go:15:18:   flow: {heap} ← {storage for ... argument}:
./rust--bypoint.go:15:18:     from ... argument (spill) at ./rust--bypoint.go:15:13
./rust--bypoint.go:15:18:     from fmt.Println(... argument...) (call parameter) at ./rust--bypoint.go:15:13
./rust--bypoint.go:15:13: ... argument does not escape
./rust--bypoint.go:15:18: q.X + q.Y escapes to heap
