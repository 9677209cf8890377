//go:build !ferrite_external

package ferrite

// The static library this checkout builds (`cargo build --release -p ferrite-c`). Build with
// `-tags ferrite_external` to link another copy instead, named by CGO_LDFLAGS (README.md,
// "Linking").

// #cgo LDFLAGS: ${SRCDIR}/../../target/release/libferrite.a -lgcc_s -lutil -lrt -lpthread -lm -ldl
import "C"
