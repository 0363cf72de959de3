"""Indexes measured on the 2,000-document benchmark set (docs/SEARCH.md): the filter choices read the
document rows through (kind, publisher) and (kind, year); on PostgreSQL a pg_trgm GIN index on `norm`
answers needles of three characters or more (search/lookups.py).

pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it. Where the role may
not, the trigram index is left out with a warning; search stays correct, only slower.
"""

import logging

from django.db import migrations, models, transaction

logger = logging.getLogger(__name__)
TRIGRAM_INDEX = "search_entry_norm_trgm"


def add_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("portal_search", "SearchEntry")._meta.db_table
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} ON {table} USING gin (norm gin_trgm_ops)")
    except Exception as exc:  # noqa: BLE001  (no privilege for the extension: search works without the index)
        logger.warning("站内搜索：未能创建 pg_trgm 索引（%s），检索仍然可用，但较慢。", exc)


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")


class Migration(migrations.Migration):

    dependencies = [
        ('portal_search', '0003_alter_searchentry_kind'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='searchentry',
            index=models.Index(fields=['kind', 'publisher'], name='search_entry_kind_publisher'),
        ),
        migrations.AddIndex(
            model_name='searchentry',
            index=models.Index(fields=['kind', 'year'], name='search_entry_kind_year'),
        ),
        migrations.RunPython(add_trigram_index, drop_trigram_index),
    ]
