#ifndef CICUSHIM_H
#define CICUSHIM_H
// Placeholder: the ICU shim lands with the foundation's ICU work.
#include <stdint.h>
int32_t cicu_version_major(void);
#endif
