module github.com/ferrite/go-embedded

go 1.21
