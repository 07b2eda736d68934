./escape-interfaces--boxcost.go:17:26: small escapes to heap in Small:
./escape-interfaces--boxcost.go:17:26:   flow: {heap} ← &{storage for small}:
./escape-interfaces--boxcost.go:17:26:     from small (spill) at ./escape-interfaces--boxcost.go:17:26
./escape-interfaces--boxcost.go:17:26:     from sink = small (assign) at ./escape-interfaces--boxcost.go:17:24
./escape-interfaces--boxcost.go:17:26: small escapes to heap
./escape-interfaces--boxcost.go:18:26: big escapes to heap in Big:
./escape-interfaces--boxcost.go:18:26:   flow: {heap} ← &{storage for big}:
./escape-interfaces--boxcost.go:18:26:     from big (spill) at ./escape-interfaces--boxcost.go:18:26
./escape-interfaces--boxcost.go:18:26:     from sink = big (assign) at ./escape-interfaces--boxcost.go:18:24
./escape-interfaces--boxcost.go:18:26: big escapes to heap
./escape-interfaces--boxcost.go:19:26: neg escapes to heap in Negative:
./escape-interfaces--boxcost.go:19:26:   flow: {heap} ← &{storage for neg}:
./escape-interfaces--boxcost.go:19:26:     from neg (spill) at ./escape-interfaces--boxcost.go:19:26
./escape-interfaces--boxcost.go:19:26:     from sink = neg (assign) at ./escape-interfaces--boxcost.go:19:24
./escape-interfaces--boxcost.go:19:26: neg escapes to heap
./escape-interfaces--boxcost.go:20:26: 1000 escapes to heap in Const:
./escape-interfaces--boxcost.go:20:26:   flow: {heap} ← &{storage for 1000}:
./escape-interfaces--boxcost.go:20:26:     from 1000 (spill) at ./escape-interfaces--boxcost.go:20:26
./escape-interfaces--boxcost.go:20:26:     from sink = 1000 (assign) at ./escape-interfaces--boxcost.go:20:24
./escape-interfaces--boxcost.go:20:26: 1000 escapes to heap
./escape-interfaces--boxcost.go:21:26: word escapes to heap in Str:
./escape-interfaces--boxcost.go:21:26:   flow: {heap} ← &{storage for word}:
./escape-interfaces--boxcost.go:21:26:     from word (spill) at ./escape-interfaces--boxcost.go:21:26
./escape-interfaces--boxcost.go:21:26:     from sink = word (assign) at ./escape-interfaces--boxcost.go:21:24
./escape-interfaces--boxcost.go:21:26: word escapes to heap
./escape-interfaces--boxcost.go:22:26: empty escapes to heap in EmptyStr:
./escape-interfaces--boxcost.go:22:26:   flow: {heap} ← &{storage for empty}:
./escape-interfaces--boxcost.go:22:26:     from empty (spill) at ./escape-interfaces--boxcost.go:22:26
./escape-interfaces--boxcost.go:22:26:     from sink = empty (assign) at ./escape-interfaces--boxcost.go:22:24
./escape-interfaces--boxcost.go:22:26: empty escapes to heap
./escape-interfaces--boxcost.go:23:26: flag escapes to heap in Bool:
./escape-interfaces--boxcost.go:23:26:   flow: {heap} ← &{storage for flag}:
./escape-interfaces--boxcost.go:23:26:     from flag (spill) at ./escape-interfaces--boxcost.go:23:26
./escape-interfaces--boxcost.go:23:26:     from sink = flag (assign) at ./escape-interfaces--boxcost.go:23:24
./escape-interfaces--boxcost.go:23:26: flag escapes to heap
./escape-interfaces--boxcost.go:24:26: pt escapes to heap in Struct:
./escape-interfaces--boxcost.go:24:26:   flow: {heap} ← &{storage for pt}:
./escape-interfaces--boxcost.go:24:26:     from pt (spill) at ./escape-interfaces--boxcost.go:24:26
./escape-interfaces--boxcost.go:24:26:     from sink = pt (assign) at ./escape-interfaces--boxcost.go:24:24
./escape-interfaces--boxcost.go:24:26: pt escapes to heap
./escape-interfaces--boxcost.go:25:34: struct {}{} escapes to heap in Zero:
./escape-interfaces--boxcost.go:25:34:   flow: {heap} ← &{storage for struct {}{}}:
./escape-interfaces--boxcost.go:25:34:     from struct {}{} (spill) at ./escape-interfaces--boxcost.go:25:34
./escape-interfaces--boxcost.go:25:34:     from sink = struct {}{} (assign) at ./escape-interfaces--boxcost.go:25:24
./escape-interfaces--boxcost.go:25:34: struct {}{} escapes to heap
