//go:build goexperiment.cgocheck2

package ferrite

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"unsafe"
)

// TestCgocheck2IsOn shows that this build checks cgo's pointer rules (GOEXPERIMENT=cgocheck2):
// a child process storing a Go pointer into C memory must crash, so the rest of the suite
// passing under this build means the binding keeps the rules.
func TestCgocheck2IsOn(t *testing.T) {
	if os.Getenv("FERRITE_CGOCHECK_VIOLATE") == "1" {
		a := ffiArena{}
		slot := (*unsafe.Pointer)(a.alloc(8))
		*slot = unsafe.Pointer(new(int))
		a.free()
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestCgocheck2IsOn$")
	cmd.Env = append(os.Environ(), "FERRITE_CGOCHECK_VIOLATE=1")
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "Go pointer stored into non-Go memory") {
		t.Fatalf("the violation was not caught (%v):\n%s", err, out)
	}
}
