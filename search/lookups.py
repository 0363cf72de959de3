"""`field__has=needle`: plain substring containment, without LIKE.

Both sides are already folded (search/text.py), so case-insensitive LIKE with its wildcard escaping
is wasted work; SQLite's instr() and PostgreSQL's strpos() do a straight substring search, several
times faster than LIKE on Chinese text (measured in docs/SEARCH.md).
"""

from django.db.models import Lookup, TextField


@TextField.register_lookup
class Has(Lookup):
    lookup_name = "has"

    def _sql(self, compiler, connection, function):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{function}({lhs}, {rhs}) > 0", [*lhs_params, *rhs_params]

    def as_sql(self, compiler, connection):  # PostgreSQL (and any backend with strpos)
        return self._sql(compiler, connection, "strpos")

    def as_sqlite(self, compiler, connection):
        return self._sql(compiler, connection, "instr")
