package main

func main() {
	s := "ok"
	ÿ
	_ = s
}
