"""Every limit an uploaded spreadsheet must stay within, in one place.

The limits are chosen so that the largest file we accept is read in a few seconds of CPU time and well
under 300 MB of memory (tests/test_fuzz.py measures both in a forked child), while our own largest
export (MAX_ROWS rows of the widest template, 19 columns) still fits. Everything that can be checked
before parsing is: the upload's size, then the .xlsx zip directory (declared sizes), then one streaming
pass over the decompressed parts (counts of XML elements, declared worksheet dimension and shared-string
counts). What a file can still lie about (its dimension, the number of its rows) is counted while the
rows are read, and reading stops at the limit.
"""

# --- the upload, any format -------------------------------------------------------------------------
MAX_BYTES = 20 * 1024 * 1024  # the file as uploaded; refused before it is read
MAX_ROWS = 20_000  # data rows (blank rows not counted); stated on the upload page
MAX_LINES = 50_000  # rows read in all, blank ones included (a formatted sheet can hold many)
MAX_COLUMNS = 50  # columns holding data; our widest template has 19

# --- .xlsx: the zip directory, checked before anything is decompressed --------------------------------
MAX_MEMBERS = 500  # files inside the workbook; Excel writes about ten
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # declared uncompressed size of one member
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024  # declared uncompressed size of all members together
MAX_RATIO = 200  # uncompressed : compressed of one member; a full export is about 20, a zip bomb 1000+
RATIO_FROM_BYTES = 1024 * 1024  # the ratio only matters once a member is this big

# --- .xlsx: the decompressed XML, counted in one streaming pass before openpyxl parses it ------------
# openpyxl spends a few microseconds per XML element, so the element count bounds its time; our own
# 20,000-row export has 1.1 M. While streaming a worksheet it keeps one (emptied) element per row, every
# element outside the rows whole, and a row's cells until the row ends — likewise for the <si> entries of
# the shared-string table — so those are bounded one by one.
MAX_XML_ELEMENTS = 1_500_000  # all members together
# Parts openpyxl loads whole into memory (styles, workbook, content types, …), and what a worksheet or
# the shared-string table holds outside its rows/entries (merged cells, hyperlinks, …).
MAX_PART_ELEMENTS = 50_000
MAX_ITEM_ELEMENTS = 50_000  # inside one row or one shared string (16,384 styled cells fit)
MAX_SHARED_STRINGS = 150_000  # entries in the shared-string table (declared uniqueCount and counted)
