// two methods with the same name
package main

type T struct{}

func (T) M() {}
func (*T) M() {}

func main() {}
