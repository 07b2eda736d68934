./escape-size--appendbuf.go:14:13: append does not escape
