package main

func main() {
	_ = int{1}
	type F func()
	_ = F{}
}
