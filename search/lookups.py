"""`field__has=needle`: plain substring containment.

Both sides are already folded (search/text.py), so case-insensitive LIKE with its wildcard escaping
is wasted work; SQLite's instr() and PostgreSQL's strpos() do a straight substring search, several
times faster than LIKE on Chinese text (measured in docs/SEARCH.md).

On PostgreSQL a needle of three characters or more is matched with LIKE instead: the pg_trgm index on
`norm` (migration 0004) answers it without reading every row (104号: 64 ms → 0.1 ms on the 2,000-document
set). A shorter needle has no trigram to look up, and the planner would scan the whole index for it
(矫正: 64 ms → 227 ms), so it keeps strpos() and the sequential scan.
"""

from django.db.models import Lookup, TextField

TRIGRAM = 3  # the shortest needle a trigram index can look up


@TextField.register_lookup
class Has(Lookup):
    lookup_name = "has"

    def _sql(self, compiler, connection, function):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{function}({lhs}, {rhs}) > 0", [*lhs_params, *rhs_params]

    def as_sql(self, compiler, connection):  # any backend with strpos
        return self._sql(compiler, connection, "strpos")

    def as_postgresql(self, compiler, connection):
        if isinstance(self.rhs, str) and len(self.rhs) >= TRIGRAM:
            lhs, lhs_params = self.process_lhs(compiler, connection)
            return f"{lhs} LIKE %s", [*lhs_params, f"%{connection.ops.prep_for_like_query(self.rhs)}%"]
        return self._sql(compiler, connection, "strpos")

    def as_sqlite(self, compiler, connection):
        return self._sql(compiler, connection, "instr")
