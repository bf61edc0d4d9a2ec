#include "cicushim.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/uversion.h>

int32_t cicu_version_major(void) {
    UVersionInfo v;
    u_getVersion(v);
    return v[0];
}

/* ---- break iteration ------------------------------------------------------------------- */

struct cicu_break {
    UBreakIterator *iterator;
    UChar *text;          /* owned copy: ubrk_setText does not copy */
    int32_t capacity;
};

cicu_break *cicu_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIteratorType type = kind == CICU_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    cicu_break *result = calloc(1, sizeof(cicu_break));
    if (result == NULL) {
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->iterator = ubrk_open(type, locale, NULL, 0, &err);
    if (U_FAILURE(err) || result->iterator == NULL) {
        if (result->iterator != NULL) ubrk_close(result->iterator);
        free(result);
        *status = U_FAILURE(err) ? err : U_INTERNAL_PROGRAM_ERROR;
        return NULL;
    }
    *status = err;
    return result;
}

int32_t cicu_break_set_text(cicu_break *b, const uint16_t *text, int32_t length) {
    if (b == NULL || length < 0) return U_ILLEGAL_ARGUMENT_ERROR;
    int32_t needed = length > 0 ? length : 1;
    if (needed > b->capacity) {
        UChar *grown = realloc(b->text, (size_t)needed * sizeof(UChar));
        if (grown == NULL) return U_MEMORY_ALLOCATION_ERROR;
        b->text = grown;
        b->capacity = needed;
    }
    if (length > 0) memcpy(b->text, text, (size_t)length * sizeof(UChar));
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText(b->iterator, b->text, length, &err);
    if (U_SUCCESS(err)) ubrk_first(b->iterator);
    return err;
}

int32_t cicu_break_next(cicu_break *b) {
    if (b == NULL) return -1;
    int32_t next = ubrk_next(b->iterator);
    return next == UBRK_DONE ? -1 : next;
}

int32_t cicu_break_rule_status(cicu_break *b) {
    return b == NULL ? 0 : ubrk_getRuleStatus(b->iterator);
}

void cicu_break_close(cicu_break *b) {
    if (b == NULL) return;
    if (b->iterator != NULL) ubrk_close(b->iterator);
    free(b->text);
    free(b);
}

/* ---- charset detection ----------------------------------------------------------------- */

struct cicu_csdet {
    UCharsetDetector *detector;
};

cicu_csdet *cicu_csdet_open(int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    cicu_csdet *result = calloc(1, sizeof(cicu_csdet));
    if (result == NULL) {
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->detector = ucsdet_open(&err);
    if (U_FAILURE(err) || result->detector == NULL) {
        if (result->detector != NULL) ucsdet_close(result->detector);
        free(result);
        *status = U_FAILURE(err) ? err : U_INTERNAL_PROGRAM_ERROR;
        return NULL;
    }
    *status = err;
    return result;
}

int32_t cicu_csdet_detect_all(cicu_csdet *d, const char *bytes, int32_t length,
                              char *names, int32_t name_stride, int32_t *confidences,
                              int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    if (d == NULL || length < 0 || name_stride < 1 || capacity < 0) {
        *status = U_ILLEGAL_ARGUMENT_ERROR;
        return -1;
    }
    /* The detector keeps a pointer to the bytes only until the next setText, and only this call uses it. */
    ucsdet_setText(d->detector, bytes, length, &err);
    int32_t found = 0;
    const UCharsetMatch **matches = U_SUCCESS(err) ? ucsdet_detectAll(d->detector, &found, &err) : NULL;
    if (U_FAILURE(err)) {
        *status = err;
        return -1;
    }
    int32_t written = 0;
    for (int32_t i = 0; i < found && written < capacity; i++) {
        UErrorCode matchErr = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &matchErr);
        int32_t confidence = ucsdet_getConfidence(matches[i], &matchErr);
        if (U_FAILURE(matchErr) || name == NULL) continue;
        size_t len = strlen(name);
        if (len + 1 > (size_t)name_stride) continue;
        memcpy(names + (size_t)written * (size_t)name_stride, name, len + 1);
        confidences[written] = confidence;
        written++;
    }
    *status = U_ZERO_ERROR;
    return written;
}

void cicu_csdet_close(cicu_csdet *d) {
    if (d == NULL) return;
    if (d->detector != NULL) ucsdet_close(d->detector);
    free(d);
}

/* ---- conversion ------------------------------------------------------------------------ */

struct cicu_conv {
    UConverter *converter;
};

cicu_conv *cicu_conv_open(const char *name, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    cicu_conv *result = calloc(1, sizeof(cicu_conv));
    if (result == NULL) {
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->converter = ucnv_open(name, &err);
    if (U_SUCCESS(err) && result->converter != NULL) {
        ucnv_setToUCallBack(result->converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
    }
    if (U_FAILURE(err) || result->converter == NULL) {
        if (result->converter != NULL) ucnv_close(result->converter);
        free(result);
        *status = U_FAILURE(err) ? err : U_INTERNAL_PROGRAM_ERROR;
        return NULL;
    }
    *status = U_ZERO_ERROR; /* ignore warnings such as U_AMBIGUOUS_ALIAS_WARNING */
    return result;
}

static int32_t copy_name(const char *name, char *out, int32_t capacity) {
    if (name == NULL || capacity < 1) return -1;
    size_t len = strlen(name);
    if (len + 1 > (size_t)capacity) return -1;
    memcpy(out, name, len + 1);
    return (int32_t)len;
}

int32_t cicu_conv_name(cicu_conv *c, char *out, int32_t capacity) {
    if (c == NULL) return -1;
    UErrorCode err = U_ZERO_ERROR;
    const char *name = ucnv_getName(c->converter, &err);
    return U_FAILURE(err) ? -1 : copy_name(name, out, capacity);
}

int32_t cicu_conv_standard_name(cicu_conv *c, char *out, int32_t capacity) {
    if (c == NULL) return -1;
    UErrorCode err = U_ZERO_ERROR;
    const char *name = ucnv_getName(c->converter, &err);
    if (U_FAILURE(err) || name == NULL) return -1;
    const char *standard = ucnv_getStandardName(name, "MIME", &err);
    if (U_FAILURE(err) || standard == NULL) {
        err = U_ZERO_ERROR;
        standard = ucnv_getStandardName(name, "IANA", &err);
    }
    if (U_FAILURE(err) || standard == NULL) return -1;
    return copy_name(standard, out, capacity);
}

int32_t cicu_conv_to_utf16(cicu_conv *c, const char *bytes, int32_t length,
                           uint16_t *target, int32_t capacity, int32_t flush,
                           int32_t *consumed, int32_t *produced, int32_t *bad_offset,
                           int32_t *status) {
    *consumed = 0;
    *produced = 0;
    *bad_offset = -1;
    if (c == NULL || length < 0 || capacity < 1) {
        *status = U_ILLEGAL_ARGUMENT_ERROR;
        return CICU_CONV_FAILED;
    }
    UErrorCode err = U_ZERO_ERROR;
    const char *source = bytes;
    const char *sourceLimit = bytes + length;
    UChar *out = target;
    UChar *outLimit = target + capacity;
    ucnv_toUnicode(c->converter, &out, outLimit, &source, sourceLimit, NULL, flush != 0, &err);
    *consumed = (int32_t)(source - bytes);
    *produced = (int32_t)(out - target);
    *status = err;
    if (err == U_BUFFER_OVERFLOW_ERROR) return CICU_CONV_MORE;
    if (err == U_ILLEGAL_CHAR_FOUND || err == U_INVALID_CHAR_FOUND || err == U_TRUNCATED_CHAR_FOUND ||
        err == U_ILLEGAL_ESCAPE_SEQUENCE || err == U_UNSUPPORTED_ESCAPE_SEQUENCE) {
        char invalid[32];
        int8_t invalidLength = (int8_t)sizeof(invalid);
        UErrorCode getErr = U_ZERO_ERROR;
        ucnv_getInvalidChars(c->converter, invalid, &invalidLength, &getErr);
        if (U_FAILURE(getErr)) invalidLength = 0;
        /* The bad bytes end where the converter stopped reading; they may have begun in an earlier
           call, so the offset can be negative relative to `bytes`. */
        *bad_offset = *consumed - invalidLength;
        return CICU_CONV_INVALID;
    }
    if (U_FAILURE(err)) return CICU_CONV_FAILED;
    return CICU_CONV_DONE;
}

int32_t cicu_conv_from_utf16(cicu_conv *c, const uint16_t *units, int32_t length,
                             char *target, int32_t capacity, int32_t *status) {
    if (c == NULL || length < 0 || capacity < 0) {
        *status = U_ILLEGAL_ARGUMENT_ERROR;
        return -1;
    }
    UErrorCode err = U_ZERO_ERROR;
    ucnv_setFromUCallBack(c->converter, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
    ucnv_resetFromUnicode(c->converter);
    int32_t needed = U_SUCCESS(err) ? ucnv_fromUChars(c->converter, target, capacity, units, length, &err) : -1;
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) err = U_ZERO_ERROR;
    *status = err;
    return U_FAILURE(err) ? -1 : needed;
}

void cicu_conv_close(cicu_conv *c) {
    if (c == NULL) return;
    if (c->converter != NULL) ucnv_close(c->converter);
    free(c);
}
