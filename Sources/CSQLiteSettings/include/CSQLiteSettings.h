#ifndef SKILLWAY_CSQLITESETTINGS_H
#define SKILLWAY_CSQLITESETTINGS_H

/// Turns off SQLite's memory statistics (SQLITE_CONFIG_MEMSTATUS) for the process.
///
/// `sqlite3_config` is a C variadic function, which Swift does not import, so this fixed-argument
/// wrapper calls it. Returns SQLite's result code: SQLITE_OK, or SQLITE_MISUSE when SQLite has
/// already been initialised (nothing changes then).
int skillway_sqlite_memory_statistics_off(void);

#endif
