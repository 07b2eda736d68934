./052_chan_send_values.go:14:2: m escapes to heap in produce:
./052_chan_send_values.go:14:2:   flow: {heap} ← &m:
./052_chan_send_values.go:14:2:     from &m (address-of) at ./052_chan_send_values.go:15:9
./052_chan_send_values.go:14:2:     from out <- &m (send) at ./052_chan_send_values.go:15:6
./052_chan_send_values.go:17:10: n escapes to heap in produce:
./052_chan_send_values.go:17:10:   flow: {heap} ← &{storage for n}:
./052_chan_send_values.go:17:10:     from n (spill) at ./052_chan_send_values.go:17:10
./052_chan_send_values.go:17:10:     from anyc <- n (send) at ./052_chan_send_values.go:17:7
./052_chan_send_values.go:18:13: Msg{...} escapes to heap in produce:
./052_chan_send_values.go:18:13:   flow: {heap} ← &{storage for Msg{...}}:
./052_chan_send_values.go:18:13:     from Msg{...} (spill) at ./052_chan_send_values.go:18:13
./052_chan_send_values.go:18:13:     from anyc <- Msg{...} (send) at ./052_chan_send_values.go:18:7
./052_chan_send_values.go:19:14: []int{...} escapes to heap in produce:
./052_chan_send_values.go:19:14:   flow: buf ← &{storage for []int{...}}:
./052_chan_send_values.go:19:14:     from []int{...} (spill) at ./052_chan_send_values.go:19:14
./052_chan_send_values.go:19:14:     from buf := []int{...} (assign) at ./052_chan_send_values.go:19:6
./052_chan_send_values.go:19:14:   flow: {heap} ← buf:
./052_chan_send_values.go:19:14:     from sl <- buf (send) at ./052_chan_send_values.go:20:5
./052_chan_send_values.go:13:14: out does not escape
./052_chan_send_values.go:13:31: anyc does not escape
./052_chan_send_values.go:13:48: sl does not escape
./052_chan_send_values.go:14:2: moved to heap: m
./052_chan_send_values.go:17:10: 42 escapes to heap
./052_chan_send_values.go:18:13: Msg{...} escapes to heap
./052_chan_send_values.go:19:14: []int{...} escapes to heap
./052_chan_send_values.go:29:15: m.Body escapes to heap in main:
./052_chan_send_values.go:29:15:   flow: {storage for ... argument} ← &{storage for m.Body}:
./052_chan_send_values.go:29:15:     from m.Body (spill) at ./052_chan_send_values.go:29:15
./052_chan_send_values.go:29:15:     from ... argument (slice-literal-element) at ./052_chan_send_values.go:29:13
./052_chan_send_values.go:29:15:   flow: {heap} ← {storage for ... argument}:
./052_chan_send_values.go:29:15:     from ... argument (spill) at ./052_chan_send_values.go:29:13
./052_chan_send_values.go:29:15:     from fmt.Println(... argument...) (call parameter) at ./052_chan_send_values.go:29:13
./052_chan_send_values.go:29:41: len(<-sl) escapes to heap in main:
./052_chan_send_values.go:29:41:   flow: {storage for ... argument} ← &{storage for len(<-sl)}:
./052_chan_send_values.go:29:41:     from len(<-sl) (spill) at ./052_chan_send_values.go:29:41
./052_chan_send_values.go:29:41:     from ... argument (slice-literal-element) at ./052_chan_send_values.go:29:13
./052_chan_send_values.go:29:41:   flow: {heap} ← {storage for ... argument}:
./052_chan_send_values.go:29:41:     from ... argument (spill) at ./052_chan_send_values.go:29:13
./052_chan_send_values.go:29:41:     from fmt.Println(... argument...) (call parameter) at ./052_chan_send_values.go:29:13
./052_chan_send_values.go:29:13: ... argument does not escape
./052_chan_send_values.go:29:15: m.Body escapes to heap
./052_chan_send_values.go:29:41: len(<-sl) escapes to heap
