package main

func f() int { return 1 }

func main() {
	go f
	defer 1
	defer int(1)
	go len("a")
	defer recover()
}
