./055_map_keys_values_kinds.go:12:2: k escapes to heap in maps:
./055_map_keys_values_kinds.go:12:2:   flow: {heap} ← &k:
./055_map_keys_values_kinds.go:12:2:     from &k (address-of) at ./055_map_keys_values_kinds.go:13:8
./055_map_keys_values_kinds.go:12:2:     from byPtr[&k] (key of map put) at ./055_map_keys_values_kinds.go:13:7
./055_map_keys_values_kinds.go:15:2: v escapes to heap in maps:
./055_map_keys_values_kinds.go:15:2:   flow: {heap} ← &v:
./055_map_keys_values_kinds.go:15:2:     from &v (address-of) at ./055_map_keys_values_kinds.go:16:16
./055_map_keys_values_kinds.go:15:2:     from vals["two"] = &v (assign) at ./055_map_keys_values_kinds.go:16:14
./055_map_keys_values_kinds.go:18:21: 3.5 escapes to heap in maps:
./055_map_keys_values_kinds.go:18:21:   flow: {heap} ← &{storage for 3.5}:
./055_map_keys_values_kinds.go:18:21:     from 3.5 (spill) at ./055_map_keys_values_kinds.go:18:21
./055_map_keys_values_kinds.go:18:21:     from boxed[Key{...}] = 3.5 (assign) at ./055_map_keys_values_kinds.go:18:19
./055_map_keys_values_kinds.go:12:2: moved to heap: k
./055_map_keys_values_kinds.go:15:2: moved to heap: v
./055_map_keys_values_kinds.go:11:26: map[*int]string{} does not escape
./055_map_keys_values_kinds.go:14:14: make(map[string]*int) does not escape
./055_map_keys_values_kinds.go:17:22: map[Key]any{} does not escape
./055_map_keys_values_kinds.go:18:21: 3.5 escapes to heap
./055_map_keys_values_kinds.go:34:18: maps() escapes to heap in main:
./055_map_keys_values_kinds.go:34:18:   flow: {storage for ... argument} ← &{storage for maps()}:
./055_map_keys_values_kinds.go:34:18:     from maps() (spill) at ./055_map_keys_values_kinds.go:34:18
./055_map_keys_values_kinds.go:34:18:     from ... argument (slice-literal-element) at ./055_map_keys_values_kinds.go:34:13
./055_map_keys_values_kinds.go:34:18:   flow: {heap} ← {storage for ... argument}:
./055_map_keys_values_kinds.go:34:18:     from ... argument (spill) at ./055_map_keys_values_kinds.go:34:13
./055_map_keys_values_kinds.go:34:18:     from fmt.Println(... argument...) (call parameter) at ./055_map_keys_values_kinds.go:34:13
./055_map_keys_values_kinds.go:34:13: ... argument does not escape
./055_map_keys_values_kinds.go:34:18: maps() escapes to heap
