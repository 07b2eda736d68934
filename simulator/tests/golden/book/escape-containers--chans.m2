./escape-containers--chans.go:7:2: x escapes to heap in viaChannel:
./escape-containers--chans.go:7:2:   flow: {heap} ← &x:
./escape-containers--chans.go:7:2:     from &x (address-of) at ./escape-containers--chans.go:8:7
./escape-containers--chans.go:7:2:     from c <- &x (send) at ./escape-containers--chans.go:8:4
./escape-containers--chans.go:7:2: moved to heap: x
./escape-containers--chans.go:15:7: n escapes to heap in boxed:
./escape-containers--chans.go:15:7:   flow: {heap} ← &{storage for n}:
./escape-containers--chans.go:15:7:     from n (spill) at ./escape-containers--chans.go:15:7
./escape-containers--chans.go:15:7:     from c <- n (send) at ./escape-containers--chans.go:15:4
./escape-containers--chans.go:13:12: c does not escape
./escape-containers--chans.go:15:7: 1000 escapes to heap
./escape-containers--chans.go:29:24: viaChannel() escapes to heap in main:
./escape-containers--chans.go:29:24:   flow: {storage for ... argument} ← &{storage for viaChannel()}:
./escape-containers--chans.go:29:24:     from viaChannel() (spill) at ./escape-containers--chans.go:29:24
./escape-containers--chans.go:29:24:     from ... argument (slice-literal-element) at ./escape-containers--chans.go:29:13
./escape-containers--chans.go:29:24:   flow: {heap} ← {storage for ... argument}:
./escape-containers--chans.go:29:24:     from ... argument (spill) at ./escape-containers--chans.go:29:13
./escape-containers--chans.go:29:24:     from fmt.Println(... argument...) (call parameter) at ./escape-containers--chans.go:29:13
./escape-containers--chans.go:29:13: ... argument does not escape
./escape-containers--chans.go:29:24: viaChannel() escapes to heap
