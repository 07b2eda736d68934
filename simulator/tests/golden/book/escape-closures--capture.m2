./escape-closures--capture.go:4:2: byValue capturing by value: x (addr=false assign=false width=8)
./escape-closures--capture.go:5:7: func literal does not escape
./escape-closures--capture.go:10:2: byRef capturing by ref: y (addr=false assign=true width=8)
./escape-closures--capture.go:11:7: func literal does not escape
./escape-closures--capture.go:17:6: big capturing by ref: a (addr=false assign=false width=136)
./escape-closures--capture.go:18:7: func literal does not escape
./escape-closures--capture.go:23:2: addrTaken capturing by ref: z (addr=true assign=false width=8)
./escape-closures--capture.go:24:2: addrTaken capturing by value: p (addr=false assign=false width=8)
./escape-closures--capture.go:25:7: func literal does not escape
