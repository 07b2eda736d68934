// A package variable whose initialiser calls a function that reads the variable.
package main

var config = load()

func load() map[string]string {
	if config != nil {
		return config
	}
	return map[string]string{}
}

func main() { _ = config }
