#ifndef CICUSHIM_H
#define CICUSHIM_H
// A thin C layer over the system ICU (break iteration, charset detection, conversion).
//
// This header deliberately exposes only opaque handles and plain integer types: Foundation on
// Linux ships its own ICU headers, so a Swift module that imports Foundation cannot also see
// the system ICU headers. ICU is included only in cicushim.c, which also hides ICU's
// versioned symbol names (ubrk_open is a macro for ubrk_open_72), so the package builds
// against any ICU version.
//
// Status values are ICU UErrorCode numbers: 0 is success, negative values are warnings, positive
// values are errors.
#include <stdint.h>

/// An ICU break iterator together with its own copy of the text it iterates.
typedef struct cicu_break cicu_break;
/// An ICU charset detector.
typedef struct cicu_csdet cicu_csdet;
/// An ICU converter from some charset to UTF-16 that stops at the first bad byte.
typedef struct cicu_conv cicu_conv;

/// Break iterator kinds accepted by cicu_break_open.
enum { CICU_BREAK_WORD = 1, CICU_BREAK_SENTENCE = 3 };

/// The major version of the ICU linked at run time.
int32_t cicu_version_major(void);

/// Opens a word or sentence iterator for `locale` (e.g. "zh"); NULL and *status > 0 on failure.
cicu_break *cicu_break_open(int32_t kind, const char *locale, int32_t *status);
/// Copies `length` UTF-16 units into the iterator and starts at 0. Returns the ICU status.
int32_t cicu_break_set_text(cicu_break *iterator, const uint16_t *text, int32_t length);
/// The next boundary (UTF-16 index) after the current one, or -1 when done.
int32_t cicu_break_next(cicu_break *iterator);
/// The rule status of the segment that ends at the current boundary (word iterators: 0-99 none, 100 number, 200 letter, 300 kana, 400 ideographic).
int32_t cicu_break_rule_status(cicu_break *iterator);
/// Closes the iterator and frees its text; NULL is allowed.
void cicu_break_close(cicu_break *iterator);

/// Opens a charset detector; NULL and *status > 0 on failure.
cicu_csdet *cicu_csdet_open(int32_t *status);
/// Detects the charset of `bytes`: writes up to `capacity` matches, best first, as NUL-terminated
/// names in `names` (each `name_stride` bytes) and confidences (0-100). Returns the number written,
/// or -1 with *status > 0 on failure.
int32_t cicu_csdet_detect_all(cicu_csdet *detector, const char *bytes, int32_t length,
                              char *names, int32_t name_stride, int32_t *confidences,
                              int32_t capacity, int32_t *status);
/// Closes the detector; NULL is allowed.
void cicu_csdet_close(cicu_csdet *detector);

/// Opens a converter for charset `name` with a STOP callback; NULL and *status > 0 on failure
/// (an unknown name gives U_FILE_ACCESS_ERROR = 4).
cicu_conv *cicu_conv_open(const char *name, int32_t *status);
/// Writes the converter's canonical ICU name (e.g. "UTF-16LE", "windows-936-2000") into `out`.
/// Returns its length, or -1 when it does not fit.
int32_t cicu_conv_name(cicu_conv *converter, char *out, int32_t capacity);
/// Writes the MIME (else IANA) name of the converter's charset into `out`. Returns its length,
/// or -1 when there is none or it does not fit.
int32_t cicu_conv_standard_name(cicu_conv *converter, char *out, int32_t capacity);

/// Outcomes of cicu_conv_to_utf16.
enum {
    CICU_CONV_DONE = 0,      // all input converted (and flushed when asked)
    CICU_CONV_MORE = 1,      // the output buffer is full; call again with the rest of the input
    CICU_CONV_INVALID = 2,   // a byte sequence cannot be converted; *bad_offset is its first byte
    CICU_CONV_FAILED = 3     // another ICU error; *status says which
};
/// Converts `bytes` into `target` (UTF-16), streaming. *consumed and *produced report progress in
/// bytes and units; `flush` nonzero marks the end of input. On CICU_CONV_INVALID, *bad_offset is
/// the offset (relative to `bytes`) of the first byte of the bad sequence.
int32_t cicu_conv_to_utf16(cicu_conv *converter, const char *bytes, int32_t length,
                           uint16_t *target, int32_t capacity, int32_t flush,
                           int32_t *consumed, int32_t *produced, int32_t *bad_offset,
                           int32_t *status);
/// Converts UTF-16 `units` into the converter's charset in one go (characters it cannot map are an
/// error). Returns the number of bytes the result needs (which may exceed `capacity`; then call again
/// with a larger buffer), or -1 with *status > 0 on failure.
int32_t cicu_conv_from_utf16(cicu_conv *converter, const uint16_t *units, int32_t length,
                             char *target, int32_t capacity, int32_t *status);
/// Closes the converter; NULL is allowed.
void cicu_conv_close(cicu_conv *converter);

#endif
