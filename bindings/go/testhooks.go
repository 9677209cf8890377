package ferrite

// #include <stdlib.h>
// #include "ferrite.h"
import "C"

import "unsafe"

// failNext arms the library's test failpoint (ferrite_test_fail_next): the next call of the C
// function named function ("*": any) panics inside the library, which must come back as an
// error matching ErrInternal. "" disarms it. For the tests only.
func failNext(function string) {
	if function == "" {
		C.ferrite_test_fail_next(nil)
		return
	}
	name := C.CString(function)
	defer C.free(unsafe.Pointer(name))
	C.ferrite_test_fail_next(name)
}
