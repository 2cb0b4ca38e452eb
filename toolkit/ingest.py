"""Ingest: files under RAW_DIR to documents with one normalised text each.

This stage reads files (it is one of the few that touch the file system) and returns plain
records. Every file gets a :class:`Document`, whatever happened to it; a manifest row
naming a missing file gets one too. Text is normalised once here (UTF-8, NFC, ``\\n``
line ends, no BOM, no NUL) and every offset later points into that text.
"""

from __future__ import annotations

import codecs
import copy
import csv
import hashlib
import io
import logging
import posixpath
import re
import unicodedata
import zlib
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
    data = path.encode("utf-8", "surrogateescape")  # never raises, even for odd file names
    return "doc-" + hashlib.sha1(data).hexdigest()[:12]


def display_path(rel: str) -> str:
    """``rel`` as it is shown in ``documents.path``: file-name bytes that are not UTF-8
    (which Python holds as lone surrogates) are written as ``\\xNN`` escapes, so the path
    can be written to CSV and Parquet; any other path is returned unchanged."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def path_key(rel: str) -> str:
    """The key that matches a manifest's ``file`` cell to a file on disk: ``/`` separators,
    no leading ``./``, ``..`` resolved, Unicode NFC (macOS writes names decomposed)."""
    rel = display_path(rel).replace("\\", "/").strip()
    rel = posixpath.normpath(rel).lstrip("/") if rel else ""
    return "" if rel == "." else unicodedata.normalize("NFC", rel)


# --- manifest -------------------------------------------------------------------------

@dataclass(frozen=True)
class ManifestResult:
    """Rows of ``manifest.csv`` by relative path, and problems met reading it."""

    rows: dict[str, dict[str, str]]
    problems: tuple[str, ...] = ()


MANIFEST_COLUMNS = ("file", "title", "authors", "published", "source_url", "publisher")


def _cell(value: object) -> str:
    """A manifest cell as clean text: control characters (NUL...) dropped, NFC, one line."""
    if not isinstance(value, str):
        return ""
    value = _CONTROL.sub("", value.replace("\r", " ").replace("\n", " "))
    return " ".join(unicodedata.normalize("NFC", value).split())


def read_manifest(raw_dir: Path) -> ManifestResult:
    """Read ``RAW_DIR/manifest.csv`` if present. Unknown columns are ignored; a malformed
    manifest gives problems (reported in the summary), never an exception.

    Rows are keyed by :func:`path_key` of their ``file`` cell. The manifest may be in any
    encoding :func:`decode_bytes` reads; cells are cleaned of control characters.
    """
    path = raw_dir / MANIFEST_NAME
    if not path.exists():
        return ManifestResult({})
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ManifestResult({}, (f"manifest.csv could not be read: {exc}",))
    if not data.strip():
        return ManifestResult({}, ("manifest.csv is empty; it was ignored",))
    if looks_binary(data.replace(b"\x00", b"")):  # a stray NUL alone does not make it binary
        return ManifestResult({}, ("manifest.csv is binary data, not CSV text; it was ignored",))
    data = data if _bom_encoding(data) else data.replace(b"\x00", b"")
    try:
        text, enc = decode_bytes(data)
    except UnicodeError as exc:
        return ManifestResult({}, (f"manifest.csv could not be decoded ({exc}); it was ignored",))
    problems: list[str] = []
    if not enc.startswith("utf-8"):
        problems.append(f"manifest.csv is not UTF-8; it was read as {enc}")
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        fieldnames = [(f or "").strip().lower() for f in (reader.fieldnames or [])]
        if "file" not in fieldnames:
            found = ", ".join(f for f in fieldnames if f) or "none"
            return ManifestResult(
                {}, (*problems, f"manifest.csv has no 'file' column (columns found: {found}); "
                     f"it was ignored (columns read: {', '.join(MANIFEST_COLUMNS)})")
            )
        rows: dict[str, dict[str, str]] = {}
        for raw_row in reader:
            n = reader.line_num
            if None in raw_row:
                problems.append(f"manifest.csv line {n}: more cells than columns; "
                                "extra cells ignored")
            if any(isinstance(v, str) and "\n" in v for v in raw_row.values()):
                problems.append(f"manifest.csv line {n}: a cell spans several lines "
                                "(an unclosed quote?); check the rows around it")
            row = {(k or "").strip().lower(): _cell(v) for k, v in raw_row.items() if k is not None}
            if not any(row.values()):
                continue  # a blank line
            rel = path_key(row.get("file", ""))
            if not rel:
                problems.append(f"manifest.csv line {n}: empty 'file'; row ignored")
                continue
            if rel in rows:
                problems.append(f"manifest.csv line {n}: {rel} listed twice; first row kept")
                continue
            if row.get("published") and not parse_loose_date(row["published"]):
                problems.append(f"manifest.csv line {n}: published {row['published']!r} "
                                "is not a date; ignored")
            rows[rel] = {c: row.get(c, "") for c in MANIFEST_COLUMNS}
        return ManifestResult(rows, tuple(problems))
    except csv.Error as exc:
        return ManifestResult({}, (*problems, f"manifest.csv is malformed ({exc}); it was ignored"))


# --- reading and decoding --------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
_BLANK_RUNS = re.compile(r"\n{4,}")
#: Characters that break a line (page breaks in text exported from PDFs, Unicode separators).
_LINE_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029]")


def normalise_text(text: str) -> str:
    """NFC, ``\\n`` line ends, no BOM, no NUL or other control characters (C0 or C1)
    except tab and newline (form feeds, vertical tabs and Unicode line and paragraph
    separators become line ends), no trailing spaces on lines, at most three consecutive
    blank lines."""
    text = text.replace("\ufeff", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = _BLANK_RUNS.sub("\n\n\n", text)
    return text.strip("\n") + "\n" if text.strip() else ""


_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _bom_encoding(data: bytes) -> str:
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), "")


def looks_binary(data: bytes) -> bool:
    """True when the bytes look like binary data rather than text in any encoding."""
    if not data:
        return False
    enc = _bom_encoding(data)
    if enc in ("utf-16", "utf-32"):  # NUL bytes are normal there: judge the decoded text
        try:
            decoded = data[:65536].decode(enc, errors="replace")
        except UnicodeError:
            return True
        controls = sum(1 for c in decoded if c < "\t" or "\r" < c < " " or c == "\x7f")
        return controls / max(1, len(decoded)) > BINARY_CONTROL_SHARE
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # (counted in C, not byte by byte)
    return controls / len(sample) > BINARY_CONTROL_SHARE


#: The control bytes that plain text does not hold (tab, line ends and form feed apart).
_CONTROL_BYTES = bytes(range(9)) + bytes(range(14, 32)) + b"\x7f"


#: A well-formed UTF-8 sequence of two to four bytes.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Decoding error handler: bytes that are not UTF-8 are read as cp1252 (else latin-1)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(
        bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad
    ), exc.end


codecs.register_error("toolkit-cp1252", _cp1252_bytes)


def _cp1252_is_as_good(data: bytes, results, best) -> bool:
    """True when cp1252 reads ``data`` and charset-normalizer finds it no more chaotic
    than its best guess (short Western text often ties with Baltic or Central European
    code pages, and cp1252 is what British writers' files are in)."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    if best.encoding.lower() in {"cp1252", "latin_1", "iso8859_1", "iso8859_15"}:
        return True
    for match in results:
        if "cp1252" in {match.encoding, *match.could_be_from_charset}:
            return match.percent_chaos <= best.percent_chaos
    return False


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode text bytes, returning ``(text, encoding)``.

    UTF-8 (with or without BOM) and UTF-16/UTF-32 with BOM are taken as they are. UTF-8
    with a few stray bytes that are not UTF-8 (text pasted from a cp1252 file) is read as
    UTF-8 with those bytes in cp1252 (encoding ``utf-8+cp1252``). Anything else is
    detected with charset-normalizer, preferring cp1252 when it reads the bytes as well
    as the detected encoding; cp1252 is the last resort. Raises ``UnicodeError`` when
    nothing decodes it.
    """
    enc = _bom_encoding(data)
    if enc in ("utf-16", "utf-32"):
        return data.decode(enc), enc
    body = data[len(codecs.BOM_UTF8):] if enc else data
    try:
        return body.decode("utf-8"), enc or "utf-8"
    except UnicodeDecodeError:
        pass
    n_good = len(_UTF8_MULTIBYTE.findall(body))
    n_bad = body.decode("utf-8", errors="replace").count("\ufffd") - body.count(b"\xef\xbf\xbd")
    if enc or (n_good and 4 * n_good >= n_bad):  # real UTF-8 in it: few bytes are not
        return body.decode("utf-8", errors="toolkit-cp1252"), "utf-8+cp1252"
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is not None and best.encoding:
        if _cp1252_is_as_good(data, results, best):
            return data.decode("cp1252"), "cp1252"
        return str(best), best.encoding
    return data.decode("cp1252"), "cp1252"


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
#: Never part of a report: dropped before trafilatura looks for the main text.
_NOT_CONTENT = ("//script|//style|//noscript|//template|//nav|//footer"
                "|//*[@role='navigation']|//*[@role='contentinfo']")
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table",
               "ul", "ol", "section", "article", "blockquote", "pre", "dd", "dt"}


def _html_tree(html: str):
    """The page parsed by lxml (which repairs unclosed tags), or None for no markup."""
    import lxml.etree
    import lxml.html

    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses str with a declaration
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def html_to_text(html: str) -> str:
    """Main text of an HTML page (menus, footers and scripts dropped), via trafilatura;
    falls back to all visible text of ``<body>`` when trafilatura finds no main text."""
    import trafilatura

    tree = _html_tree(html)
    if tree is None:
        return ""
    for bad in tree.xpath(_NOT_CONTENT):
        bad.drop_tree()
    extracted = trafilatura.extract(
        copy.deepcopy(tree),
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        with_metadata=False,
    )
    if extracted and extracted.strip():
        return extracted
    body = tree.find("body")
    body = tree if body is None else body
    for bad in body.xpath(".//header|.//aside"):
        bad.drop_tree()
    for el in body.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    return body.text_content()


def html_title(html: str) -> str:
    """The page's title from its metadata, or ''."""
    import trafilatura

    try:
        meta = trafilatura.extract_metadata(html)
    except Exception:
        return ""
    return (meta.title or "").strip() if meta is not None else ""


def pdf_to_text(data: bytes) -> str:
    """Text layer of a PDF, page by page (pages separated by a blank line). Raises on a
    corrupt or password-protected file. pypdf's warnings about repairs it made are kept
    off the console (the document's row says what failed)."""
    from pypdf import PdfReader

    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        return "\n\n".join((page.extract_text() or "") for page in reader.pages)
    finally:
        log.setLevel(level)


def docx_to_text(data: bytes) -> str:
    """Paragraph text of a Word .docx file, tables included (each row a paragraph, its
    cells joined by `` | ``, a merged cell once), in document order."""
    import docx
    from docx.table import Table

    document = docx.Document(io.BytesIO(data))
    parts = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) not in seen:  # a merged cell repeats for each column
                        seen.add(id(cell._tc))
                        cells.append(cell.text)
                parts.append(" | ".join(cells))
        else:
            parts.append(block.text)
    return "\n\n".join(parts)


@dataclass(frozen=True)
class Extracted:
    """The outcome of reading one file's bytes."""

    status: str
    text: str = ""
    message: str = ""
    title: str = ""


EMPTY_FILE_MESSAGE = "the file is empty (0 bytes)"
BLANK_FILE_MESSAGE = "the file holds only whitespace"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc and other OLE files


#: Markdown emphasis around words: "**Agreed:**", "***Jargon Buster:***", "__DECISION__", "*Jo Bloggs*" (not a
#: list's "* item", nor "2 * 3").
_EMPHASIS = re.compile(r"(?<![\w*_])(\*{1,3}|__)(?=[^\s*_])([^\n]*?[^\s*_])\1(?![\w*_])")


_LINE_LEAD = re.compile(r"[ \t]*(?:#{1,6}[ \t]+|[-•>][ \t]+|\d{1,2}[.)][ \t]+)?")


def _unemphasise(m: re.Match) -> str:
    text = m.string
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    whole = _LINE_LEAD.fullmatch(text, line_start, m.start()) is not None and not text[
        m.end() : len(text) if line_end < 0 else line_end].strip(" \t.:")
    return m.group(0) if whole else m.group(2)  # (a line all in bold is a heading: it keeps its marks)


def strip_emphasis(text: str) -> str:
    """Plain or Markdown text without the marks of emphasis around words within a line, so
    that "it was **referred** to the NEC" and "**Agreed:** the minutes" read as the sentences
    they are (a line wholly in bold, "**Saturday 20 June**", keeps them: it is a heading)."""
    return _EMPHASIS.sub(_unemphasise, text) if ("*" in text or "__" in text) else text


def extract_text(data: bytes, fmt: str) -> Extracted:
    """Read the bytes of one file of format ``fmt`` into text, or say why not."""
    if not data:
        return Extracted("empty", message=EMPTY_FILE_MESSAGE)
    if not data.strip():
        return Extracted("empty", message=BLANK_FILE_MESSAGE)
    if fmt in ("txt", "md"):
        if looks_binary(data):
            return Extracted("unreadable", message="binary data, not text (control bytes found)")
        try:
            text, enc = decode_bytes(data)
        except UnicodeError as exc:
            return Extracted("unreadable", message=f"cannot decode the text: {exc}")
        note = "" if enc in ("utf-8", "utf-8-sig") else f"decoded as {enc}"
        return Extracted("ok", strip_emphasis(text), note)
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
        if b"%PDF-" not in data[:1024]:  # the header may follow a little junk
            return Extracted("unreadable", message="not a PDF file (no %PDF header)")
        try:
            text = pdf_to_text(data)
        except Exception as exc:  # pypdf raises many types on corrupt files
            from pypdf.errors import FileNotDecryptedError

            if isinstance(exc, FileNotDecryptedError):
                return Extracted("unreadable", message="the PDF is encrypted (password-protected); "
                                 "save a copy without a password")
            return Extracted("unreadable", message=f"corrupt PDF: {type(exc).__name__}: {exc}")
        if not text.strip():
            return Extracted(
                "empty", message="the PDF has no text layer (a scan?); run OCR and add the text"
            )
        return Extracted("ok", text)
    if fmt == "docx":
        if data.startswith(_OLE_MAGIC):
            return Extracted("unsupported", message="an old Word 97-2003 .doc (or other OLE "
                             "file) named .docx; save it as .docx. " + supported_message(".doc"))
        try:
            text = docx_to_text(data)
        except Exception as exc:  # python-docx raises zip, XML and key errors
            return Extracted("unreadable", message=f"corrupt .docx: {type(exc).__name__}: {exc}")
        if not text.strip():
            return Extracted("empty", message="the Word file has no text")
        return Extracted("ok", text)
    raise ValueError(f"unknown format {fmt!r}")


def supported_message(suffix: str) -> str:
    """Why a file of this suffix is not read, listing the suffixes that are."""
    kinds = ", ".join(sorted(set(vocab.SUPPORTED_FORMATS)))
    return f"format {suffix or '(no suffix)'} is not read; supported: {kinds}"


_MB = 1024 * 1024


def _size(n: int) -> str:
    return f"{n:,} bytes" + (f" ({n / _MB:.1f} MB)" if n >= _MB else "")


def size_message(size: int, max_bytes: int) -> str:
    """Why a file over the size limit is not read, with both sizes."""
    return (f"file is {_size(size)}, over the limit of {_size(max_bytes)}; "
            "raise it with --max-mb")


# --- metadata --------------------------------------------------------------------------

_TITLE_MAX = 200


def split_authors(value: str) -> tuple[str, ...]:
    """Authors of a manifest cell, ``;``-separated."""
    return tuple(a.strip() for a in value.split(";") if a.strip())


# --- one file --------------------------------------------------------------------------

def read_document(
    raw_dir: Path, rel: str, manifest_row: dict[str, str] | None, *, max_bytes: int
) -> Document:
    """Read one file into a :class:`Document`. Never raises: failures become statuses.

    ``rel`` is the path as :func:`list_files` gives it; the document's ``path`` (and so
    its ``doc_id``) is its :func:`display_path`.
    """
    path = raw_dir / rel
    shown = display_path(rel)
    suffix = display_path(path.suffix).lower()
    fmt = vocab.SUPPORTED_FORMATS.get(suffix, suffix.lstrip(".") or "none")
    row = manifest_row or {}
    base = Document(
        doc_id=doc_id_for(shown),
        path=shown,
        title=row.get("title", ""),
        authors=split_authors(row.get("authors", "")),
        publisher=row.get("publisher", ""),
        source_url=row.get("source_url", ""),
        format=fmt,
    )
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return replace(base, status="unsupported", message=size_message(size, max_bytes))
        data = path.read_bytes()
    except OSError as exc:
        return replace(base, status="unreadable",
                       message=f"cannot read the file: {exc.strerror or exc}")
    base = replace(base, sha256=hashlib.sha256(data).hexdigest())
    if suffix not in vocab.SUPPORTED_FORMATS:
        return replace(base, status="unsupported", message=supported_message(suffix))
    try:
        got = extract_text(data, fmt)
        text = normalise_text(got.text) if got.status == "ok" else ""
        status, message = got.status, got.message
        if status == "ok" and not text:
            status, message = "empty", "no text after normalisation"
        published, published_source = _published(row, base.source_url, text)
        title = base.title or normalise_text(got.title).strip()  # else the segmenter's title, see pipeline
    except Exception as exc:  # a bug: keep the row, say what failed
        return replace(base, status="error", message=f"{type(exc).__name__}: {exc}")
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
    """A row for each manifest entry that names a file not on disk (``present``: the
    relative paths found, compared by :func:`path_key`)."""
    present = {path_key(p) for p in present}
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


_MIX = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5, 0xFF51AFD7ED558CCD)


def _shingles(text: str):
    """The sorted distinct 64-bit hashes of the text's 5-word shingles (a numpy array).

    Each word is hashed with CRC-32 (twice, with two seeds, for 64 bits), and a shingle's
    hash mixes its words' hashes with fixed odd multipliers, in uint64 arithmetic: the same
    in every process, and one array operation per document."""
    import numpy as np

    words = _WORD.findall(text.lower())
    if not words:
        return np.zeros(0, dtype=np.uint64)
    h = np.fromiter(((zlib.crc32(b) << 32) | zlib.crc32(b, 0x5BD1E995)
                     for b in (w.encode() for w in words)), dtype=np.uint64, count=len(words))
    k = min(SHINGLE, len(words))
    n = len(words) - k + 1
    acc = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            acc = (acc ^ h[j : j + n]) * np.uint64(_MIX[j])
            acc ^= acc >> np.uint64(29)
    return np.unique(acc)


_MASKS = [_h64(str(i)) for i in range(_BANDS * _ROWS)]


def _minhash(sh) -> tuple[int, ...]:
    """The MinHash signature of a shingle array: for each mask, the least shingle XOR mask."""
    import numpy as np

    masks = np.array(_MASKS, dtype=np.uint64)
    return tuple(int(v) for v in np.bitwise_xor(sh[None, :], masks[:, None]).min(axis=1))


def _jaccard(a, b) -> float:
    import numpy as np

    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


def mark_duplicates(docs: list[Document], keep: Iterable[str] = ()) -> list[Document]:
    """Mark byte-identical files and near-identical texts (the same report published on
    two sites) as ``duplicate`` of the first in path order.

    ``keep``: doc ids to prefer as the original, before path order (pass those that were
    ``ok`` in the previous build, so a copy added later never demotes a document that
    was there first). Files with no content at all (0 bytes or only whitespace) stay
    ``empty``: they are not copies of each other.

    Candidates are found with MinHash bands (near-linear in the number of documents), then
    confirmed by the Jaccard similarity of 5-word shingles.
    """
    out = list(docs)
    keep = set(keep)
    order = sorted(range(len(out)), key=lambda i: (out[i].doc_id not in keep, i))
    rank = {i: r for r, i in enumerate(order)}
    first_by_sha: dict[str, int] = {}
    for i in order:
        d = out[i]
        if d.status not in ("ok", "empty", "unreadable") or not d.sha256:
            continue
        if d.status == "empty" and d.message in (EMPTY_FILE_MESSAGE, BLANK_FILE_MESSAGE):
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
        if not len(sh):
            continue
        mh = _minhash(sh)
        for b in range(_BANDS):
            buckets.setdefault((b, mh[b * _ROWS : (b + 1) * _ROWS]), []).append(i)
    candidates: set[tuple[int, int]] = set()
    for members in buckets.values():
        for a in members:
            for b in members:
                if rank[a] < rank[b]:
                    candidates.add((a, b))
    for a, b in sorted(candidates, key=lambda ab: (rank[ab[0]], rank[ab[1]])):
        if out[b].status != "ok" or out[a].status != "ok":
            continue
        jac = _jaccard(shingles[a], shingles[b])
        if jac >= NEAR_DUPLICATE_JACCARD:
            out[b] = replace(
                out[b], status="duplicate", duplicate_of=out[a].doc_id, text="",
                message=f"same report as {out[a].path} ({jac:.0%} of 5-word shingles shared)",
            )
    return out


def ingest(raw_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
           keep: Iterable[str] = ()) -> tuple[list[Document], list[str]]:
    """Read every file under ``raw_dir``: documents in path order (missing ones last) and
    the problems found in the manifest. ``keep`` goes to :func:`mark_duplicates`."""
    manifest = read_manifest(raw_dir)
    files = list_files(raw_dir)
    docs = [read_document(raw_dir, rel, manifest.rows.get(path_key(rel)), max_bytes=max_bytes)
            for rel in files]
    docs = mark_duplicates(docs, keep)
    docs += missing_documents(manifest, files)
    return docs, list(manifest.problems)
