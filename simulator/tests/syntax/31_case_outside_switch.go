package main

func main() {
	case 1:
}
