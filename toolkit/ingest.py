"""Ingest: files under RAW_DIR to documents with one normalised text each.

This stage reads files (it is one of the few that touch the file system) and returns plain
records. Every file gets a :class:`Document`, whatever happened to it; a manifest row
naming a missing file gets one too. Text is normalised once here (UTF-8, NFC, ``\\n``
line ends, no BOM, no NUL) and every offset later points into that text.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from toolkit import vocab
from toolkit.dates import date_from_url, parse_loose_date

MANIFEST_NAME = "manifest.csv"
#: Files larger than this are not read (raise with ``max_bytes``); a row says so.
DEFAULT_MAX_BYTES = 25 * 1024 * 1024
#: Share of control characters above which a ``.txt`` is taken for binary junk.
BINARY_CONTROL_SHARE = 0.05
#: Files that are the build's own, not reports.
IGNORED_NAMES = {MANIFEST_NAME, ".gitkeep", ".DS_Store", "README.md", "MANIFEST.csv"}


@dataclass(frozen=True)
class Document:
    """One input file (or a manifest row naming a missing one) and what became of it.

    Notes
    -----
    ``text`` is the normalised text (empty unless ``status`` is ``ok``); ``published`` is
    an ISO date at its precision, taken from the manifest, else the URL, else the text.
    """

    doc_id: str
    path: str
    title: str = ""
    authors: tuple[str, ...] = ()
    publisher: str = ""
    published: str = ""
    published_source: str = ""
    source_url: str = ""
    format: str = ""
    sha256: str = ""
    n_chars: int = 0
    status: str = "ok"
    message: str = ""
    duplicate_of: str = ""
    text: str = field(default="", repr=False)


def doc_id_for(path: str) -> str:
    """Stable id of a file from its path relative to RAW_DIR: ``doc-`` and 12 hex digits."""
    return "doc-" + hashlib.sha1(path.encode("utf-8")).hexdigest()[:12]


# --- manifest -------------------------------------------------------------------------

@dataclass(frozen=True)
class ManifestResult:
    """Rows of ``manifest.csv`` by relative path, and problems met reading it."""

    rows: dict[str, dict[str, str]]
    problems: tuple[str, ...] = ()


MANIFEST_COLUMNS = ("file", "title", "authors", "published", "source_url", "publisher")


def read_manifest(raw_dir: Path) -> ManifestResult:
    """Read ``RAW_DIR/manifest.csv`` if present. Unknown columns are ignored; a malformed
    manifest gives problems (reported in the summary), never an exception."""
    path = raw_dir / MANIFEST_NAME
    if not path.exists():
        return ManifestResult({})
    try:
        data = path.read_bytes()
        text = decode_bytes(data)[0]
    except (OSError, UnicodeError) as exc:
        return ManifestResult({}, (f"manifest.csv could not be read: {exc}",))
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        fieldnames = [(f or "").strip().lower() for f in (reader.fieldnames or [])]
        if "file" not in fieldnames:
            return ManifestResult(
                {}, ("manifest.csv has no 'file' column; it was ignored "
                     f"(columns read: {', '.join(MANIFEST_COLUMNS)})",)
            )
        rows: dict[str, dict[str, str]] = {}
        problems: list[str] = []
        for n, raw_row in enumerate(reader, start=2):
            row = {(k or "").strip().lower(): (v or "").strip() if isinstance(v, str) else ""
                   for k, v in raw_row.items() if k is not None}
            if None in raw_row:
                problems.append(f"manifest.csv line {n}: more cells than columns; extra cells ignored")
            rel = row.get("file", "").replace("\\", "/").strip("/")
            if not rel:
                problems.append(f"manifest.csv line {n}: empty 'file'; row ignored")
                continue
            if rel in rows:
                problems.append(f"manifest.csv line {n}: {rel} listed twice; first row kept")
                continue
            rows[rel] = {c: row.get(c, "") for c in MANIFEST_COLUMNS}
        return ManifestResult(rows, tuple(problems))
    except csv.Error as exc:
        return ManifestResult({}, (f"manifest.csv is malformed ({exc}); it was ignored",))


# --- reading and decoding --------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_RUNS = re.compile(r"\n{4,}")


def normalise_text(text: str) -> str:
    """NFC, ``\\n`` line ends, no BOM, no NUL or other control characters except tab and
    newline, no trailing spaces on lines, at most three consecutive blank lines."""
    text = text.replace("\ufeff", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = _BLANK_RUNS.sub("\n\n\n", text)
    return text.strip("\n") + "\n" if text.strip() else ""


def looks_binary(data: bytes) -> bool:
    """True when the bytes look like binary data rather than text in any encoding."""
    if not data:
        return False
    sample = data[:65536]
    if b"\x00" in sample and not (sample.startswith(b"\xff\xfe") or sample.startswith(b"\xfe\xff")):
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)
    return controls / len(sample) > BINARY_CONTROL_SHARE


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode text bytes, returning ``(text, encoding)``.

    UTF-8 (with or without BOM) and UTF-16 with BOM are taken as they are; anything else
    is detected with charset-normalizer, and cp1252 is the last resort for Western
    European text. Raises ``UnicodeError`` when nothing decodes it.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        enc = best.encoding
        # Mostly-ASCII Western text: charset-normalizer may pick a cousin of cp1252.
        if enc.lower() in {"latin_1", "iso8859_1", "iso8859_15"}:
            try:
                return data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                pass
        return str(best), enc
    return data.decode("cp1252"), "cp1252"


def html_to_text(html: str) -> str:
    """Main text of an HTML page (menus, footers and scripts dropped), via trafilatura;
    falls back to all visible text of ``<body>`` when trafilatura finds no main text."""
    import trafilatura

    extracted = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        with_metadata=False,
    )
    if extracted and extracted.strip():
        return extracted
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # lxml raises several types on garbage
        return ""
    for bad in tree.xpath("//script|//style|//nav|//header|//footer|//noscript"):
        bad.drop_tree()
    return tree.text_content()


def html_title(html: str) -> str:
    """The page's title from its metadata, or ''."""
    import trafilatura

    try:
        meta = trafilatura.extract_metadata(html)
    except Exception:
        return ""
    return (meta.title or "").strip() if meta is not None else ""


def pdf_to_text(data: bytes) -> str:
    """Text layer of a PDF, page by page (pages separated by a blank line)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n\n".join((page.extract_text() or "") for page in reader.pages)


def docx_to_text(data: bytes) -> str:
    """Paragraph text of a Word .docx file, tables included, in document order."""
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n\n".join(parts)


@dataclass(frozen=True)
class Extracted:
    """The outcome of reading one file's bytes."""

    status: str
    text: str = ""
    message: str = ""
    title: str = ""


def extract_text(data: bytes, fmt: str) -> Extracted:
    """Read the bytes of one file of format ``fmt`` into text, or say why not."""
    if not data.strip():
        return Extracted("empty", message="the file is empty")
    if fmt in ("txt", "md"):
        if looks_binary(data):
            return Extracted("unreadable", message="binary data, not text (control bytes found)")
        try:
            text, enc = decode_bytes(data)
        except UnicodeError as exc:
            return Extracted("unreadable", message=f"cannot decode the text: {exc}")
        note = "" if enc.startswith("utf-8") else f"decoded as {enc}"
        return Extracted("ok", text, note)
    if fmt == "html":
        if looks_binary(data):
            return Extracted("unreadable", message="binary data, not HTML")
        try:
            html, _ = decode_bytes(data)
        except UnicodeError as exc:
            return Extracted("unreadable", message=f"cannot decode the HTML: {exc}")
        text = html_to_text(html)
        if not text.strip():
            return Extracted("empty", message="the HTML page has no main text")
        return Extracted("ok", text, title=html_title(html))
    if fmt == "pdf":
        if not data.startswith(b"%PDF"):
            return Extracted("unreadable", message="not a PDF file (no %PDF header)")
        try:
            text = pdf_to_text(data)
        except Exception as exc:  # pypdf raises many types on corrupt files
            return Extracted("unreadable", message=f"corrupt PDF: {type(exc).__name__}: {exc}")
        if not text.strip():
            return Extracted(
                "empty", message="the PDF has no text layer (a scan?); run OCR and add the text"
            )
        return Extracted("ok", text)
    if fmt == "docx":
        try:
            text = docx_to_text(data)
        except Exception as exc:  # python-docx raises zip, XML and key errors
            return Extracted("unreadable", message=f"corrupt .docx: {type(exc).__name__}: {exc}")
        if not text.strip():
            return Extracted("empty", message="the Word file has no text")
        return Extracted("ok", text)
    raise ValueError(f"unknown format {fmt!r}")


def supported_message(suffix: str) -> str:
    kinds = ", ".join(sorted(set(vocab.SUPPORTED_FORMATS)))
    return f"format {suffix or '(no suffix)'} is not read; supported: {kinds}"


# --- metadata --------------------------------------------------------------------------

_TITLE_MAX = 200


def title_from_text(text: str) -> str:
    """The first non-blank line of the text, stripped of Markdown marks, if title-like."""
    for line in text.split("\n"):
        line = line.strip().strip("#*_ ").strip()
        if line:
            return line if len(line) <= _TITLE_MAX else ""
    return ""


def split_authors(value: str) -> tuple[str, ...]:
    """Authors of a manifest cell, ``;``-separated."""
    return tuple(a.strip() for a in value.split(";") if a.strip())


# --- one file --------------------------------------------------------------------------

def read_document(
    raw_dir: Path, rel: str, manifest_row: dict[str, str] | None, *, max_bytes: int
) -> Document:
    """Read one file into a :class:`Document`. Never raises: failures become statuses."""
    path = raw_dir / rel
    suffix = path.suffix.lower()
    fmt = vocab.SUPPORTED_FORMATS.get(suffix, suffix.lstrip(".") or "none")
    row = manifest_row or {}
    base = Document(
        doc_id=doc_id_for(rel),
        path=rel,
        title=row.get("title", ""),
        authors=split_authors(row.get("authors", "")),
        publisher=row.get("publisher", ""),
        source_url=row.get("source_url", ""),
        format=fmt,
    )
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return replace(
                base,
                status="unsupported",
                message=f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit "
                "(raise it with --max-mb)",
            )
        data = path.read_bytes()
    except OSError as exc:
        return replace(base, status="unreadable", message=f"cannot read the file: {exc}")
    base = replace(base, sha256=hashlib.sha256(data).hexdigest())
    if suffix not in vocab.SUPPORTED_FORMATS:
        return replace(base, status="unsupported", message=supported_message(suffix))
    try:
        got = extract_text(data, fmt)
    except Exception as exc:  # a bug: keep the row, say what failed
        return replace(base, status="error", message=f"{type(exc).__name__}: {exc}")
    text = normalise_text(got.text) if got.status == "ok" else ""
    status, message = got.status, got.message
    if status == "ok" and not text:
        status, message = "empty", "no text after normalisation"
    published, published_source = _published(row, base.source_url, text)
    title = base.title or got.title or title_from_text(text)
    return replace(
        base,
        title=title,
        published=published,
        published_source=published_source,
        n_chars=len(text),
        status=status,
        message=message,
        text=text,
    )


def _published(row: dict[str, str], url: str, text: str) -> tuple[str, str]:
    """Publication date and its source: manifest, else URL, else a dateline in the text."""
    if row.get("published"):
        parsed = parse_loose_date(row["published"])
        if parsed:
            return parsed, "manifest"
    if url:
        parsed = date_from_url(url)
        if parsed:
            return parsed, "url"
    if text:
        from toolkit.dates import dateline_in_text

        parsed = dateline_in_text(text)
        if parsed:
            return parsed, "text"
    return "", ""


# --- the folder ------------------------------------------------------------------------

def list_files(raw_dir: Path) -> list[str]:
    """Every file under ``raw_dir`` at any depth, as sorted relative POSIX paths, leaving
    out the manifest and hidden files."""
    out = []
    for p in raw_dir.rglob("*"):
        if not p.is_file():
            continue
        rel = p.relative_to(raw_dir).as_posix()
        if any(part.startswith(".") for part in rel.split("/")):
            continue
        if rel in IGNORED_NAMES:
            continue
        out.append(rel)
    return sorted(out)


def missing_documents(manifest: ManifestResult, present: Iterable[str]) -> list[Document]:
    """A row for each manifest entry that names a file not on disk."""
    present = set(present)
    rows = []
    for rel, row in sorted(manifest.rows.items()):
        if rel not in present:
            rows.append(
                Document(
                    doc_id=doc_id_for(rel),
                    path=rel,
                    title=row.get("title", ""),
                    authors=split_authors(row.get("authors", "")),
                    publisher=row.get("publisher", ""),
                    published=parse_loose_date(row.get("published", "")) or "",
                    source_url=row.get("source_url", ""),
                    format=vocab.SUPPORTED_FORMATS.get(Path(rel).suffix.lower(), ""),
                    status="missing",
                    message="named in manifest.csv but not found under the raw folder",
                )
            )
    return rows


# --- duplicates ------------------------------------------------------------------------

_WORD = re.compile(r"[a-z0-9]+")
SHINGLE = 5
NEAR_DUPLICATE_JACCARD = 0.8
_BANDS, _ROWS = 16, 4


def _h64(s: str) -> int:
    """A 64-bit hash that is the same in every process (unlike ``hash``)."""
    return int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big")


def _shingles(text: str) -> set[int]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {_h64(" ".join(words))} if words else set()
    return {_h64(" ".join(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}


_MASKS = [_h64(str(i)) for i in range(_BANDS * _ROWS)]


def _minhash(sh: set[int]) -> tuple[int, ...]:
    return tuple(min((s ^ m) for s in sh) for m in _MASKS)


def mark_duplicates(docs: list[Document]) -> list[Document]:
    """Mark byte-identical files and near-identical texts (the same report published on
    two sites) as ``duplicate`` of the first in path order.

    Candidates are found with MinHash bands (near-linear in the number of documents), then
    confirmed by the Jaccard similarity of 5-word shingles.
    """
    out = list(docs)
    first_by_sha: dict[str, int] = {}
    for i, d in enumerate(out):
        if d.status not in ("ok", "empty", "unreadable") or not d.sha256:
            continue
        if d.sha256 in first_by_sha:
            j = first_by_sha[d.sha256]
            out[i] = replace(
                d, status="duplicate", duplicate_of=out[j].doc_id, text="",
                message=f"byte-identical to {out[j].path}",
            )
        else:
            first_by_sha[d.sha256] = i
    shingles = {i: _shingles(d.text) for i, d in enumerate(out) if d.status == "ok"}
    buckets: dict[tuple[int, tuple[int, ...]], list[int]] = {}
    for i, sh in shingles.items():
        if not sh:
            continue
        mh = _minhash(sh)
        for b in range(_BANDS):
            buckets.setdefault((b, mh[b * _ROWS : (b + 1) * _ROWS]), []).append(i)
    candidates: set[tuple[int, int]] = set()
    for members in buckets.values():
        for a in members:
            for b in members:
                if a < b:
                    candidates.add((a, b))
    for a, b in sorted(candidates):
        if out[b].status != "ok" or out[a].status != "ok":
            continue
        sa, sb = shingles[a], shingles[b]
        jac = len(sa & sb) / len(sa | sb)
        if jac >= NEAR_DUPLICATE_JACCARD:
            out[b] = replace(
                out[b], status="duplicate", duplicate_of=out[a].doc_id, text="",
                message=f"same report as {out[a].path} ({jac:.0%} of 5-word shingles shared)",
            )
    return out


def ingest(raw_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Document], list[str]]:
    """Read every file under ``raw_dir``: documents in path order (missing ones last) and
    the problems found in the manifest."""
    manifest = read_manifest(raw_dir)
    files = list_files(raw_dir)
    docs = [read_document(raw_dir, rel, manifest.rows.get(rel), max_bytes=max_bytes) for rel in files]
    docs = mark_duplicates(docs)
    docs += missing_documents(manifest, files)
    return docs, list(manifest.problems)
