// Float verbs %f %e %E %g %G with width, precision and flags; rounding of the
// last digit follows the exact binary value.
package main

import "fmt"

func main() {
	x := 3.14159265358979
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|%08.2f|%+.1f|% .3f\n", x, x, x, x, x, x, x)
	fmt.Printf("%e|%.2e|%E|%12.4e|%-12.1e|\n", x, x, x*1e10, -x, x/1e5)
	fmt.Printf("%g|%.3g|%g|%g|%G|%.10g\n", x, x, 1e21, 1e-7, 2.5e-7, 1.0/3)
	fmt.Printf("%.0f %.0f %.0f %.0f %.1f %.2f\n", 0.5, 1.5, 2.5, -0.5, 0.05, 1.005)
	fmt.Printf("%v %.3v %10v|%-10v|\n", 1e6, 123456.0, 2.5, 2.5)
	fmt.Printf("%5.1f%%\n", 99.44)
	zero := 0.0
	fmt.Printf("%f %f %f %6.2f|%-6v|%+v\n", 1/zero, -1/zero, zero/zero, 1/zero, -1/zero, zero/zero)
	var f32 float32 = 1.1
	fmt.Printf("%v %g %.10f\n", f32, f32, f32)
	fmt.Printf("%x %X\n", 1.0, 0.5)
}
