// break to a label that does not exist
package main

func main() {
	for {
		break done
	}
}
