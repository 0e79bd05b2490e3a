// Package main is just a comment.
