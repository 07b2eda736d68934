// A function literal passed as a callback must have the parameter's function type;
// types2 prints function types with their parameter names.
package main

func apply(nums []int, f func(n int) int) {
	for i := range nums {
		nums[i] = f(nums[i])
	}
}

func main() {
	apply([]int{1, 2}, func(s string) int { return len(s) })
}
