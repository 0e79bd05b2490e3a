package main

func Map[T any](xs []T) []T { return xs }

type List[T any] struct{ items []T }

func main() {}

func (l *List[T]) Len() int { return len(l.items) }

func use() {
	var l List[int]
	_ = l
	_ = Map[int](nil)
}
