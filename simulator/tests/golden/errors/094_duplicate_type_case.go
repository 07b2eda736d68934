// duplicate case in a type switch
package main

func main() {
	var v any = 1
	switch v.(type) {
	case int:
	case string, int:
	}
}
