"""peewee models made from the record kinds, one set of classes per open database.

Nothing is bound to a process-wide proxy: each ``Database`` owns its ``Models``, so two
files open in one process never write into each other (``services`` reach their tables
only through ``database.models``).
"""

from __future__ import annotations

from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    CompositeKey,
    DateField,
    Field,
    FloatField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)

from bamtrachnhiem.domain.kinds import ALL_KINDS, Column, ColumnType, RecordKind

_FIELDS: dict[ColumnType, type[Field]] = {
    ColumnType.INT: IntegerField,
    ColumnType.FLOAT: FloatField,
    ColumnType.BOOL: BooleanField,
    ColumnType.DATE: DateField,
    ColumnType.SERIAL: AutoField,
}


def model_name(kind: RecordKind) -> str:
    """The model class name of a kind: its table in CamelCase (``criteria_set`` → ``CriteriaSet``)."""
    return "".join(part.capitalize() for part in kind.table.split("_"))


def _field(column: Column) -> Field:
    kwargs: dict[str, Any] = {"null": column.nullable}
    if column.primary and column.type is not ColumnType.SERIAL:
        kwargs["primary_key"] = True
    if column.default is not None:
        kwargs["default"] = column.default
    return _FIELDS.get(column.type, TextField)(**kwargs)


def _model(kind: RecordKind, connection: SqliteDatabase) -> type[Model]:
    meta: dict[str, Any] = {"database": connection, "table_name": kind.table}
    if kind.primary_key:
        meta["primary_key"] = CompositeKey(*kind.primary_key)
    attrs: dict[str, Any] = {c.key: _field(c) for c in kind.columns if c.stored}
    attrs["Meta"] = type("Meta", (), meta)
    attrs["__module__"] = __name__
    attrs["__doc__"] = f"Rows of ``{kind.table}`` ({kind.name})."
    return type(model_name(kind), (Model,), attrs)


class Models:
    """The models of one database: ``models.Member``, ``models.Assessment``, ..."""

    def __init__(self, connection: SqliteDatabase) -> None:
        for kind in ALL_KINDS:
            setattr(self, model_name(kind), _model(kind, connection))

    def __getattr__(self, name: str) -> Any:  # for type checkers: every model is dynamic
        raise AttributeError(name)
