./028_string_byte_rune_conv.go:10:12: s does not escape
./028_string_byte_rune_conv.go:11:14: ([]byte)(s) does not escape
./028_string_byte_rune_conv.go:11:14: zero-copy string->[]byte conversion
./028_string_byte_rune_conv.go:28:16: string(b) escapes to heap in upper:
./028_string_byte_rune_conv.go:28:16:   flow: ~r0 ← &{storage for string(b)}:
./028_string_byte_rune_conv.go:28:16:     from string(b) (spill) at ./028_string_byte_rune_conv.go:28:16
./028_string_byte_rune_conv.go:28:16:     from return string(b) (return) at ./028_string_byte_rune_conv.go:28:2
./028_string_byte_rune_conv.go:21:12: s does not escape
./028_string_byte_rune_conv.go:22:14: ([]byte)(s) does not escape
./028_string_byte_rune_conv.go:28:16: string(b) escapes to heap
./028_string_byte_rune_conv.go:31:12: s does not escape
./028_string_byte_rune_conv.go:32:14: ([]rune)(s) does not escape
./028_string_byte_rune_conv.go:33:30: string(r[0]) does not escape
./028_string_byte_rune_conv.go:33:49: string(r) does not escape
./028_string_byte_rune_conv.go:37:16: ([]byte)("kept") escapes to heap in main:
./028_string_byte_rune_conv.go:37:16:   flow: {heap} ← &{storage for ([]byte)("kept")}:
./028_string_byte_rune_conv.go:37:16:     from ([]byte)("kept") (spill) at ./028_string_byte_rune_conv.go:37:16
./028_string_byte_rune_conv.go:37:16:     from keep = ([]byte)("kept") (assign) at ./028_string_byte_rune_conv.go:37:7
./028_string_byte_rune_conv.go:38:19: count("banana") escapes to heap in main:
./028_string_byte_rune_conv.go:38:19:   flow: {storage for ... argument} ← &{storage for count("banana")}:
./028_string_byte_rune_conv.go:38:19:     from count("banana") (spill) at ./028_string_byte_rune_conv.go:38:19
./028_string_byte_rune_conv.go:38:19:     from ... argument (slice-literal-element) at ./028_string_byte_rune_conv.go:38:13
./028_string_byte_rune_conv.go:38:19:   flow: {heap} ← {storage for ... argument}:
./028_string_byte_rune_conv.go:38:19:     from ... argument (spill) at ./028_string_byte_rune_conv.go:38:13
./028_string_byte_rune_conv.go:38:19:     from fmt.Println(... argument...) (call parameter) at ./028_string_byte_rune_conv.go:38:13
./028_string_byte_rune_conv.go:38:36: upper("go") escapes to heap in main:
./028_string_byte_rune_conv.go:38:36:   flow: {storage for ... argument} ← &{storage for upper("go")}:
./028_string_byte_rune_conv.go:38:36:     from upper("go") (spill) at ./028_string_byte_rune_conv.go:38:36
./028_string_byte_rune_conv.go:38:36:     from ... argument (slice-literal-element) at ./028_string_byte_rune_conv.go:38:13
./028_string_byte_rune_conv.go:38:36:   flow: {heap} ← {storage for ... argument}:
./028_string_byte_rune_conv.go:38:36:     from ... argument (spill) at ./028_string_byte_rune_conv.go:38:13
./028_string_byte_rune_conv.go:38:36:     from fmt.Println(... argument...) (call parameter) at ./028_string_byte_rune_conv.go:38:13
./028_string_byte_rune_conv.go:38:49: runes("héllo") escapes to heap in main:
./028_string_byte_rune_conv.go:38:49:   flow: {storage for ... argument} ← &{storage for runes("héllo")}:
./028_string_byte_rune_conv.go:38:49:     from runes("héllo") (spill) at ./028_string_byte_rune_conv.go:38:49
./028_string_byte_rune_conv.go:38:49:     from ... argument (slice-literal-element) at ./028_string_byte_rune_conv.go:38:13
./028_string_byte_rune_conv.go:38:49:   flow: {heap} ← {storage for ... argument}:
./028_string_byte_rune_conv.go:38:49:     from ... argument (spill) at ./028_string_byte_rune_conv.go:38:13
./028_string_byte_rune_conv.go:38:49:     from fmt.Println(... argument...) (call parameter) at ./028_string_byte_rune_conv.go:38:13
./028_string_byte_rune_conv.go:38:64: len(keep) escapes to heap in main:
./028_string_byte_rune_conv.go:38:64:   flow: {storage for ... argument} ← &{storage for len(keep)}:
./028_string_byte_rune_conv.go:38:64:     from len(keep) (spill) at ./028_string_byte_rune_conv.go:38:64
./028_string_byte_rune_conv.go:38:64:     from ... argument (slice-literal-element) at ./028_string_byte_rune_conv.go:38:13
./028_string_byte_rune_conv.go:38:64:   flow: {heap} ← {storage for ... argument}:
./028_string_byte_rune_conv.go:38:64:     from ... argument (spill) at ./028_string_byte_rune_conv.go:38:13
./028_string_byte_rune_conv.go:38:64:     from fmt.Println(... argument...) (call parameter) at ./028_string_byte_rune_conv.go:38:13
./028_string_byte_rune_conv.go:37:16: ([]byte)("kept") escapes to heap
./028_string_byte_rune_conv.go:38:13: ... argument does not escape
./028_string_byte_rune_conv.go:38:19: count("banana") escapes to heap
./028_string_byte_rune_conv.go:38:36: upper("go") escapes to heap
./028_string_byte_rune_conv.go:38:49: runes("héllo") escapes to heap
./028_string_byte_rune_conv.go:38:64: len(keep) escapes to heap
