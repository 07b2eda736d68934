./escape-parameters--methodvalues.go:5:7: c does not escape
./escape-parameters--methodvalues.go:17:10: c.get does not escape
./escape-parameters--methodvalues.go:23:14: c.get escapes to heap in BoundValue:
./escape-parameters--methodvalues.go:23:14:   flow: {heap} ← &{storage for c.get}:
./escape-parameters--methodvalues.go:23:14:     from c.get (spill) at ./escape-parameters--methodvalues.go:23:14
./escape-parameters--methodvalues.go:23:14:     from savedGet = c.get (assign) at ./escape-parameters--methodvalues.go:23:11
./escape-parameters--methodvalues.go:23:14: c.get escapes to heap
./escape-parameters--methodvalues.go:28:11: d.inc escapes to heap in BoundPointer:
./escape-parameters--methodvalues.go:28:11:   flow: {heap} ← &{storage for d.inc}:
./escape-parameters--methodvalues.go:28:11:     from d.inc (spill) at ./escape-parameters--methodvalues.go:28:11
./escape-parameters--methodvalues.go:28:11:     from saved = d.inc (assign) at ./escape-parameters--methodvalues.go:28:8
./escape-parameters--methodvalues.go:27:6: d escapes to heap in BoundPointer:
./escape-parameters--methodvalues.go:27:6:   flow: {temp} ← &d:
./escape-parameters--methodvalues.go:27:6:     from d (address-of) at ./escape-parameters--methodvalues.go:28:11
./escape-parameters--methodvalues.go:27:6:   flow: {storage for d.inc} ← {temp}:
./escape-parameters--methodvalues.go:27:6: moved to heap: d
./escape-parameters--methodvalues.go:28:11: d.inc escapes to heap
./escape-parameters--methodvalues.go:32:16: shared.inc escapes to heap in BoundGlobal:
./escape-parameters--methodvalues.go:32:16:   flow: {heap} ← &{storage for shared.inc}:
./escape-parameters--methodvalues.go:32:16:     from shared.inc (spill) at ./escape-parameters--methodvalues.go:32:16
./escape-parameters--methodvalues.go:32:16:     from saved = shared.inc (assign) at ./escape-parameters--methodvalues.go:32:8
./escape-parameters--methodvalues.go:32:16: shared.inc escapes to heap
