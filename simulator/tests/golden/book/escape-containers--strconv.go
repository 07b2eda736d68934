package main

var (
	short   = []byte("hello")
	long    = []byte("a byte slice longer than thirty-two bytes")
	word    = "hello"
	counts  = map[string]int{"hello": 1}
	sinkStr string
	sinkInt int
)

func ShortLocal() {
	s := string(short)
	sinkInt = len(s)
}

func LongLocal() {
	s := string(long)
	sinkInt = len(s)
}

func ShortKept() {
	sinkStr = string(short)
}

func Lookup() {
	sinkInt = counts[string(short)]
}

func ReadOnly() {
	b := []byte(word)
	sinkInt = int(b[0])
}

func Concat() {
	sinkStr = word + "!"
}

func Substring() {
	sinkStr = word[1:3]
}

func main() {}
