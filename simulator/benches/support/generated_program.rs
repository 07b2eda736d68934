//! The benchmark's generated Go programs: deterministic, of any number of small functions,
//! mixing the shapes of memsim's subset whose escape decisions differ. Shared by the
//! `escape_speed` bench and the `generate_program` example (which the profile-guided build,
//! `simulator/pgo-build.sh`, runs to write its training program).

use std::fmt::Write as _;

/// The generated program: a few shared types, then `n` functions of 7 lines each, cycling
/// through templates that cover the subset's common shapes; `func main` at the end.
pub fn generate(n: usize) -> String {
    let mut s = String::with_capacity(n * 160 + 512);
    s.push_str(HEADER);
    for i in 0..n {
        let t = TEMPLATES[i % TEMPLATES.len()];
        // `@` is the function's number, `#` that of the function one cycle of templates
        // earlier (same template position minus the cycle length).
        let mut rest = t;
        while let Some(at) = rest.find(['@', '#']) {
            s.push_str(&rest[..at]);
            let k = if rest.as_bytes()[at] == b'@' {
                i
            } else {
                i + 1 - TEMPLATES.len()
            };
            let _ = write!(s, "{k}");
            rest = &rest[at + 1..];
        }
        s.push_str(rest);
    }
    s.push_str("func main() {\n\tfmt.Println(f0(1, &point{}))\n}\n");
    s
}

const HEADER: &str = "package main

import \"fmt\"

type point struct{ x, y int }

type shape interface{ area() int }

type square struct{ side int }

func (s *square) area() int { return s.side * s.side }

";

/// Function templates of about 7 lines; `@` is replaced by the function's number, `#` by
/// the number of the first function of its cycle (a template-0 function).
const TEMPLATES: [&str; 12] = [
    // a pointer to a new value escapes through fmt; the parameter does not
    "func f@(a int, p *point) (int, error) {
	if a > @ {
		return a * 2, nil
	}
	q := &point{x: a, y: p.y + @}
	return q.x + len(fmt.Sprint(q)), nil
}
",
    // a closure that captures by reference and escapes
    "func f@(n int) func() int {
	sum := 0
	for j := 0; j < n; j++ {
		sum += j * @
	}
	return func() int { return sum + n }
}
",
    // a method on a struct pointer that leaks its receiver to the result
    "func (p *point) m@(d int) *point {
	p.x += d
	if p.y > @ {
		return p
	}
	return &point{x: p.x, y: d}
}
",
    // append to a constant-size make in a range loop; the result escapes
    "func f@(xs []int) []int {
	buf := make([]int, 0, 8)
	for _, x := range xs {
		buf = append(buf, x+@)
	}
	return buf
}
",
    // a map built from a slice of strings
    "func f@(keys []string) map[string]int {
	m := make(map[string]int)
	for k, s := range keys {
		m[s] = k + @
	}
	return m
}
",
    // make with non-constant and constant sizes; interface conversions for Println
    "func f@(n int) int {
	s := make([]byte, n)
	t := make([]int, @%16+1)
	fmt.Println(len(s), t[0])
	return cap(s)
}
",
    // an interface value holding a new pointer, called through the interface
    "func f@(s shape) int {
	var v shape = &square{side: @}
	if s != nil {
		v = s
	}
	return v.area()
}
",
    // the address of a local that stays on the stack; an elided bounds check
    "func f@(a, b int) int {
	p := point{x: a, y: b}
	q := &p
	q.x += @
	arr := [4]int{a, b}
	return arr[a&3] + q.x
}
",
    // new, string concatenation, a pointer result
    "func f@(name string) *string {
	s := new(string)
	*s = name + \"-@\"
	if len(*s) > 10 {
		return s
	}
	return nil
}
",
    // a closure called in a loop, capturing by reference, not escaping
    "func f@(xs []int) int {
	total := 0
	add := func(v int) { total += v }
	for _, x := range xs {
		add(x)
	}
	return total + @
}
",
    // a value receiver method and a struct copied into an interface
    "func (p point) v@(k int) string {
	if k > @ {
		return fmt.Sprintf(\"%d\", p.x+k)
	}
	var i interface{} = p
	return fmt.Sprint(i)
}
",
    // a slice of pointers, and a call of an earlier function (`#` is its number)
    "func f@(ps []*point, a int) (*point, int) {
	var best *point
	for i := range ps {
		if ps[i].x > a+@ { best = ps[i] }
	}
	n, _ := f#(a, best)
	return best, n
}
",
];
