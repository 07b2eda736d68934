// fmt's in-band error reports: a wrong verb for the type, a missing argument,
// extra arguments, unknown verbs and a verb missing at the end (the format
// strings are variables so that go vet does not reject the program).
package main

import "fmt"

var (
	wrongVerb  = "%d %s %t\n"
	missing    = "%d %d %d\n"
	extra      = "%d\n"
	noVerb     = "100%\n"
	badIndex   = "%z %!\n"
	wrongFloat = "%d %x\n"
)

func main() {
	fmt.Printf(wrongVerb, "str", 42, 1)
	fmt.Printf(missing, 1)
	fmt.Printf(extra, 1, "two", 3.0)
	fmt.Printf(noVerb, []any{}...)
	fmt.Printf(badIndex, 5)
	fmt.Printf(wrongFloat, 2.5, true)
	fmt.Println(fmt.Sprintf(extra, nil, nil))
}
