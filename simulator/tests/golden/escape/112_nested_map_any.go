// A JSON-like document as nested map[string]any: every value stored is
// boxed and escapes; reading uses type assertions.
package main

import "fmt"

func doc(name string, age int) map[string]any {
	return map[string]any{
		"name": name,
		"age":  age,
		"tags": []string{"a", "b"},
		"addr": map[string]any{"city": "Oslo", "zip": 150},
	}
}

func city(d map[string]any) string {
	if addr, ok := d["addr"].(map[string]any); ok {
		if c, ok := addr["city"].(string); ok {
			return c
		}
	}
	return ""
}

func main() {
	d := doc("ann", 31)
	fmt.Println(d["name"], d["age"], city(d), len(d["tags"].([]string)))
}
