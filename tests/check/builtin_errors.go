package main

func main() {
	_ = len(1)
	_ = cap(map[int]int{})
	var m map[string]int
	delete(m, 1)
	delete(1, 2)
	_ = append(1, 2)
	_ = make(int)
	_ = make([]int)
	_ = new(1)
	copy(1, 2)
}
