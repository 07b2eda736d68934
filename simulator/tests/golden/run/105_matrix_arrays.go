// Matrices as fixed-size arrays (values) and as slices of slices; matrix
// multiplication, transposition and identity checks.
package main

import "fmt"

type Mat3 [3][3]int

func (a Mat3) Mul(b Mat3) Mat3 {
	var c Mat3
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func (a Mat3) T() Mat3 {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			a[i][j], a[j][i] = a[j][i], a[i][j]
		}
	}
	return a
}

func newMatrix(r, c int) [][]float64 {
	m := make([][]float64, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func main() {
	a := Mat3{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	id := Mat3{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(a.Mul(id) == a, a.T())
	fmt.Println(a)
	fmt.Println(a.Mul(a.T()))
	m := newMatrix(2, 3)
	for i := range m {
		for j := range m[i] {
			m[i][j] = float64(i) + float64(j)/10
		}
	}
	fmt.Println(m)
}
