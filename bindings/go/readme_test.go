package ferrite

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// readmeProgram is the ```go block of the "## Use from Go" section of the repository's
// README.md.
func readmeProgram(t *testing.T) string {
	t.Helper()
	text, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(text), "\n## Use from Go\n")
	if !ok {
		t.Fatal(`README.md has no "## Use from Go" section`)
	}
	if end := strings.Index(section, "\n## "); end >= 0 {
		section = section[:end]
	}
	_, code, ok := strings.Cut(section, "\n```go\n")
	if !ok {
		t.Fatal(`the "## Use from Go" section has no go code block`)
	}
	code, _, ok = strings.Cut(code, "\n```")
	if !ok {
		t.Fatal("the go code block is not closed")
	}
	return code + "\n"
}

func goTool(t *testing.T) string {
	t.Helper()
	if path, err := exec.LookPath("go"); err == nil {
		return path
	}
	path := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no go command on PATH or in GOROOT: %v", err)
	}
	return path
}

// TestReadmeProgram builds the README's Go program as its own module (with a replace directive
// pointing at this directory, as a user's module would), runs it, and checks what it prints.
func TestReadmeProgram(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program")
	}
	program := readmeProgram(t)
	here, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	module := t.TempDir()
	goMod := "module readme\n\ngo 1.21\n\nrequire github.com/ferrite/go-embedded v0.0.0\n\n" +
		"replace github.com/ferrite/go-embedded => " + here + "\n"
	if err := os.WriteFile(filepath.Join(module, "go.mod"), []byte(goMod), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(module, "main.go"), []byte(program), 0o644); err != nil {
		t.Fatal(err)
	}
	gofmt := exec.Command(filepath.Join(filepath.Dir(goTool(t)), "gofmt"), "-l", "main.go")
	gofmt.Dir = module
	if out, err := gofmt.CombinedOutput(); err != nil || len(out) > 0 {
		t.Fatalf("the README program is not gofmt-clean (%v): %s", err, out)
	}
	bin := filepath.Join(module, "readme-program")
	build := exec.Command(goTool(t), "build", "-o", bin, ".")
	build.Dir = module
	build.Env = append(os.Environ(), "GOTOOLCHAIN=local")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the README program: %v\n%s", err, out)
	}
	work := t.TempDir()
	for run := 1; run <= 2; run++ {
		cmd := exec.Command(bin)
		cmd.Dir = work
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("run %d of the README program: %v\n%s", run, err, out)
		}
		for _, want := range []string{
			"Alice true",
			"alice@example.com on pro",
			"WRONGTYPE Operation against a key holding the wrong kind of value",
		} {
			if !strings.Contains(string(out), want) {
				t.Fatalf("run %d of the README program printed\n%s\nwithout %q", run, out, want)
			}
		}
	}
	// The data went to disk: ./app.ferrite holds the transaction's result of both runs.
	db, err := Open(filepath.Join(work, "app.ferrite"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, _, err := db.GetString("account:2"); err != nil || v != "200" {
		t.Fatalf("account:2 = %q, %v after two runs", v, err)
	}
}
