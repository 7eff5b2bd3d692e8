// libxml2 as Swift sees it. Debian builds libxml2 with ICU; its ICU types clash with the copy
// Foundation bundles ("'UErrorCode' has different definitions"), so hide libxml2's optional ICU
// support before the other headers are read. Skillway never uses the ICU converters.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlstring.h>
