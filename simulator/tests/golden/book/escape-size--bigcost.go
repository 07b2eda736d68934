package main

var sinkInt int

func Big() {
	var buf [140000]byte
	buf[sinkInt] = 1
	sinkInt = int(buf[0])
}

func Fits() {
	var buf [100000]byte
	buf[sinkInt] = 1
	sinkInt = int(buf[0])
}

func main() {
	Big()
	Fits()
}
