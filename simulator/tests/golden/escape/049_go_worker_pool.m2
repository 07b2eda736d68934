./049_go_worker_pool.go:18:13: jobs does not escape
./049_go_worker_pool.go:18:31: results does not escape
./049_go_worker_pool.go:32:3: func literal escapes to heap in main:
./049_go_worker_pool.go:32:3:   flow: {heap} ← &{storage for func literal}:
./049_go_worker_pool.go:32:3:     from func literal (spill) at ./049_go_worker_pool.go:32:3
./049_go_worker_pool.go:35:11: &Job{...} escapes to heap in main:
./049_go_worker_pool.go:35:11:   flow: {heap} ← &{storage for &Job{...}}:
./049_go_worker_pool.go:35:11:     from &Job{...} (spill) at ./049_go_worker_pool.go:35:11
./049_go_worker_pool.go:35:11:     from jobs <- (&Job{...}) (send) at ./049_go_worker_pool.go:35:8
./049_go_worker_pool.go:35:34: []int{...} escapes to heap in main:
./049_go_worker_pool.go:35:34:   flow: {storage for &Job{...}} ← &{storage for []int{...}}:
./049_go_worker_pool.go:35:34:     from []int{...} (spill) at ./049_go_worker_pool.go:35:34
./049_go_worker_pool.go:35:34:     from Job{...} (struct literal element) at ./049_go_worker_pool.go:35:15
./049_go_worker_pool.go:32:13: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
./049_go_worker_pool.go:32:19: main capturing by value: .autotmp_4 (addr=false assign=false width=8)
./049_go_worker_pool.go:43:14: "total" escapes to heap in main:
./049_go_worker_pool.go:43:14:   flow: {storage for ... argument} ← &{storage for "total"}:
./049_go_worker_pool.go:43:14:     from "total" (spill) at ./049_go_worker_pool.go:43:14
./049_go_worker_pool.go:43:14:     from ... argument (slice-literal-element) at ./049_go_worker_pool.go:43:13
./049_go_worker_pool.go:43:14:   flow: {heap} ← {storage for ... argument}:
./049_go_worker_pool.go:43:14:     from ... argument (spill) at ./049_go_worker_pool.go:43:13
./049_go_worker_pool.go:43:14:     from fmt.Println(... argument...) (call parameter) at ./049_go_worker_pool.go:43:13
./049_go_worker_pool.go:43:23: total escapes to heap in main:
./049_go_worker_pool.go:43:23:   flow: {storage for ... argument} ← &{storage for total}:
./049_go_worker_pool.go:43:23:     from total (spill) at ./049_go_worker_pool.go:43:23
./049_go_worker_pool.go:43:23:     from ... argument (slice-literal-element) at ./049_go_worker_pool.go:43:13
./049_go_worker_pool.go:43:23:   flow: {heap} ← {storage for ... argument}:
./049_go_worker_pool.go:43:23:     from ... argument (spill) at ./049_go_worker_pool.go:43:13
./049_go_worker_pool.go:43:23:     from fmt.Println(... argument...) (call parameter) at ./049_go_worker_pool.go:43:13
./049_go_worker_pool.go:35:11: &Job{...} escapes to heap
./049_go_worker_pool.go:35:34: []int{...} escapes to heap
./049_go_worker_pool.go:43:13: ... argument does not escape
./049_go_worker_pool.go:43:14: "total" escapes to heap
./049_go_worker_pool.go:43:23: total escapes to heap
