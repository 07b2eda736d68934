// m2
// Interview question: return a struct by value or a pointer? By value it
// is copied into the caller's frame; by pointer it is heap allocated unless
// the constructor is inlined (not with -l).
package main

import "fmt"

type Config struct {
	Name    string
	Retries int
	Tags    [4]string
}

func NewConfigValue(name string) Config {
	return Config{Name: name, Retries: 3}
}

func NewConfigPtr(name string) *Config {
	return &Config{Name: name, Retries: 3}
}

func (c Config) Describe() string { return c.Name }

func (c *Config) Bump() { c.Retries++ }

func main() {
	v := NewConfigValue("v")
	v.Bump()
	p := NewConfigPtr("p")
	p.Bump()
	fmt.Println(v.Describe(), v.Retries, p.Describe(), p.Retries)
}
