// A builder with method chaining: each method returns its receiver, so the
// receiver leaks to the result; the final String copies the bytes.
package main

import "fmt"

type Builder struct {
	buf []byte
}

func NewBuilder() *Builder { return &Builder{buf: make([]byte, 0, 32)} }

func (b *Builder) Add(s string) *Builder {
	b.buf = append(b.buf, s...)
	return b
}

func (b *Builder) Int(n int) *Builder {
	return b.Add(fmt.Sprint(n))
}

func (b *Builder) String() string { return string(b.buf) }

type Query struct {
	table string
	where []string
	limit int
}

func (q Query) Where(cond string) Query {
	q.where = append(q.where, cond)
	return q
}

func (q Query) Limit(n int) Query {
	q.limit = n
	return q
}

func main() {
	s := NewBuilder().Add("x=").Int(42).Add(";").String()
	q := Query{table: "users"}.Where("age > 18").Where("active").Limit(10)
	fmt.Println(s, q.table, len(q.where), q.limit)
}
