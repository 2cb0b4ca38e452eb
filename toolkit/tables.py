"""Tables: records to the tidy tables of SCHEMA.md, schema enforced, and their writing.

Every table is built by :func:`frame` from plain row dicts: the registry
(``toolkit.schema``) decides the columns, their order and types; a row with an unknown
column, or a value outside a column's vocabulary, fails loudly. :func:`write_tables`
writes Parquet, CSV (UTF-8, no BOM, ``\\n`` line ends, lists ``;``-joined) and
``datapackage.json``, sorted so that the same input gives byte-identical files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from toolkit import schema
from toolkit.corpus import Corpus

_PANDAS_TYPES = {"string": "object", "integer": "Int64", "number": "float64", "boolean": "boolean", "date": "object"}


class SchemaError(ValueError):
    """A table does not match the registry."""


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """A DataFrame of ``table`` from row dicts, with exactly the registry's columns."""
    spec = schema.TABLES[table]
    cols = spec.columns
    for r in rows:
        extra = set(r) - set(cols)
        if extra:
            raise SchemaError(f"{table}: unknown columns {sorted(extra)}")
    data = {c: [r.get(c) for r in rows] for c in cols}
    df = pd.DataFrame(data, columns=list(cols))
    for f in spec.fields():
        s = df[f.name]
        if f.is_list:
            df[f.name] = s.map(lambda v: list(v) if isinstance(v, (list, tuple)) else ([] if v in (None, "") else [str(v)]))
        elif f.type == "string":
            df[f.name] = s.map(lambda v: "" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v)).astype(object)
        elif f.type == "integer":
            df[f.name] = pd.array([None if v is None or v == "" or (isinstance(v, float) and pd.isna(v)) else int(v) for v in s], dtype="Int64")
        elif f.type == "number":
            df[f.name] = s.astype("float64")
        elif f.type == "boolean":
            df[f.name] = pd.array([None if v is None else bool(v) for v in s], dtype="boolean")
        elif f.type == "date":
            df[f.name] = s.map(lambda v: "" if v is None else str(v)).astype(object)
        if f.enum and not f.is_list:
            bad = set(df[f.name]) - set(f.enum) - {""}
            if bad:
                raise SchemaError(f"{table}.{f.name}: values outside the vocabulary: {sorted(bad)}")
    if spec.primary_key:
        dup = df.duplicated(list(spec.primary_key))
        if dup.any():
            raise SchemaError(f"{table}: duplicate primary key {df.loc[dup, list(spec.primary_key)].iloc[0].tolist()}")
    return df.reset_index(drop=True)


def _csv_frame(table: str, df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for f in schema.TABLES[table].fields():
        if f.is_list:
            out[f.name] = out[f.name].map(lambda v: ";".join(v))
        elif f.type == "boolean":
            out[f.name] = out[f.name].map(lambda v: "" if pd.isna(v) else ("true" if v else "false"))
        elif f.type == "number":
            out[f.name] = out[f.name].map(lambda v: "" if pd.isna(v) else f"{v:.4g}")
    return out


def _parquet_frame(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """The table as written to Parquet: date columns as real dates."""
    out = df.copy()
    for f in schema.TABLES[table].fields():
        if f.type == "date":
            out[f.name] = pd.to_datetime(out[f.name].replace("", None), errors="coerce").dt.date
    return out


def datapackage(out_dir: Path) -> dict:
    """The Frictionless descriptor of every table's CSV, from the registry."""
    resources = []
    for name, spec in schema.TABLES.items():
        fields = []
        for f in spec.fields():
            d = {"name": f.name, "type": "string" if f.is_list else f.type, "description": f.description}
            if f.is_list:
                d["description"] += " (';'-separated list)"
            if f.type == "boolean":
                d["trueValues"] = ["true"]
                d["falseValues"] = ["false"]
            if f.enum and not f.is_list:
                d["constraints"] = {"enum": list(f.enum) + [""]}
            fields.append(d)
        res = {
            "name": name,
            "path": f"{name}.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "description": spec.description,
            "schema": {"fields": fields, "missingValues": [""]},
        }
        if spec.primary_key:
            res["schema"]["primaryKey"] = list(spec.primary_key)
        resources.append(res)
    return {
        "profile": "tabular-data-package",
        "name": "governance-records",
        "title": "Meetings, actors and decisions from party governance reports",
        "resources": resources,
    }


def write_tables(corpus: Corpus, out_dir: Path) -> None:
    """Write every table of ``corpus`` to ``out_dir`` as Parquet and CSV, and
    ``datapackage.json``. Files are written whole, so a reader never sees half a table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, df in corpus.tables().items():
        csv_path = out_dir / f"{name}.csv"
        tmp = csv_path.with_suffix(".csv.tmp")
        _csv_frame(name, df).to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")
        tmp.replace(csv_path)
        pq = out_dir / f"{name}.parquet"
        tmp = pq.with_suffix(".parquet.tmp")
        _parquet_frame(name, df).to_parquet(tmp, index=False)
        tmp.replace(pq)
    (out_dir / "datapackage.json").write_text(json.dumps(datapackage(out_dir), indent=1) + "\n", encoding="utf-8")
