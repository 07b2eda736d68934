./escape-containers--arrayslice.go:13:6: arr escapes to heap in leak:
./escape-containers--arrayslice.go:13:6:   flow: ~r0 ← &arr:
./escape-containers--arrayslice.go:13:6:     from arr (address-of) at ./escape-containers--arrayslice.go:14:12
./escape-containers--arrayslice.go:13:6:     from arr[:] (slice) at ./escape-containers--arrayslice.go:14:12
./escape-containers--arrayslice.go:13:6:     from return arr[:] (return) at ./escape-containers--arrayslice.go:14:2
./escape-containers--arrayslice.go:13:6: moved to heap: arr
