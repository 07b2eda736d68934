./escape-index--measure.go:8:9: &point{...} escapes to heap in newPoint:
./escape-index--measure.go:8:9:   flow: ~r0 ← &{storage for &point{...}}:
./escape-index--measure.go:8:9:     from &point{...} (spill) at ./escape-index--measure.go:8:9
./escape-index--measure.go:8:9:     from return &point{...} (return) at ./escape-index--measure.go:8:2
./escape-index--measure.go:8:9: &point{...} escapes to heap
./escape-index--measure.go:16:7: &point{...} does not escape
