// m2
// Type switches: single-type cases give a typed variable, multi-type cases
// and default keep the interface; the per-case variable is reported at the
// last type of its case clause.
package main

import "fmt"

var keep []any

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		keep = append(keep, x)
		return "integer"
	case string:
		return "string " + x
	case *int:
		return fmt.Sprint("ptr ", *x)
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func addrOfCaseVar(v any) *float64 {
	switch f := v.(type) {
	case float64:
		return &f
	}
	return nil
}

func main() {
	n := 5
	fmt.Println(classify(nil), classify(1), classify("s"), classify(&n),
		classify(fmt.Errorf("e")), classify(2.5), *addrOfCaseVar(1.5))
}
