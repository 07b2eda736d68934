// Long string constants are cut at 72 runes including quotes: 69 runes of
// the quoted form plus "...". Boundaries: 70 and 71 characters of content,
// escapes (counted in quoted form) and multibyte runes.
package main

import "fmt"

var sink any

func longs() {
	sink = "0123456789012345678901234567890123456789012345678901234567890123456789"
	sink = "01234567890123456789012345678901234567890123456789012345678901234567890"
	sink = "0123456789012345678901234567890123456789012345678901234567890123456\n"
	sink = "012345678901234567890123456789012345678901234567890123456789012345\n"
	sink = "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"
	sink = "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"
	sink = "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t"
	sink = "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t"
}

func main() {
	longs()
	fmt.Println(len(sink.(string)))
}
