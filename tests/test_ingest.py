"""Bad input: awkward files go through ingest and the whole build without loss.

Each case of ``CASES`` is built into its own raw folder next to a good report
(``fixtures.bad_inputs.GOOD``) with ``toolkit.pipeline.build``. For every case we assert
the file's exact ``documents.status``, key words of its ``message``, and that the build
as a whole is sound: the good report still yields its report, meeting and decisions,
every ``ok`` document has a clean ``text/DOC_ID.txt`` (UTF-8, NFC, ``\\n`` only, no BOM,
no NUL, ``n_chars`` long), and nothing that failed yields rows. Manifest problems, size
limits, folders, odd file names and the command line's exit codes have their own tests.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT
from fixtures.bad_inputs import (
    GOOD,
    GOOD_MEETING,
    GOOD_NAME,
    bad_files,
    write_bad_folder,
    write_files,
)

from toolkit import ingest
from toolkit.pipeline import build

FILES = bad_files()
#: Every suffix the ingest stage reads: an ``unsupported`` message must list them.
SUPPORTED = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


# --- helpers -----------------------------------------------------------------------------

def run_build(tmp_path: Path, files: dict[str, bytes], manifest: bytes | None = None,
              **kwargs):
    """Build ``files`` plus the good report in a fresh raw folder; check the build is
    sound; return ``(corpus, raw, out)``."""
    raw = write_files(tmp_path / "raw", {GOOD_NAME: GOOD.encode(), **files})
    if manifest is not None:
        (raw / "manifest.csv").write_bytes(manifest)
    out = tmp_path / "out"
    corpus = build(raw, out, **kwargs)
    assert_build_sound(corpus, raw, out)
    return corpus, raw, out


def row(corpus, path: str) -> pd.Series:
    """The one ``documents`` row of ``path``."""
    rows = corpus.documents[corpus.documents["path"] == path]
    assert len(rows) == 1, f"{path}: {len(rows)} documents rows"
    return rows.iloc[0]


def text_file(out: Path, doc_id: str) -> str:
    """``text/DOC_ID.txt`` decoded strictly as UTF-8 (so a bad byte fails the test)."""
    return (out / "text" / f"{doc_id}.txt").read_bytes().decode("utf-8")


def visible_files(raw: Path) -> set[str]:
    """Files a build must report: not hidden, not the manifest."""
    out = set()
    for p in raw.rglob("*"):
        rel = p.relative_to(raw).as_posix()
        if p.is_file() and rel != "manifest.csv" and not any(
                part.startswith(".") for part in rel.split("/")):
            out.add(ingest.display_path(rel))
    return out


def assert_build_sound(corpus, raw: Path, out: Path) -> None:
    """What must hold of any build, whatever the inputs."""
    docs = corpus.documents
    assert docs["doc_id"].is_unique
    on_disk = set(docs.loc[docs["status"] != "missing", "path"])
    assert on_disk == visible_files(raw), "one documents row per file, no more, no less"
    for d in docs.itertuples():
        assert d.doc_id == ingest.doc_id_for(d.path), "doc_id is stable for the path"
    # the good report comes out whole, whatever sits next to it
    good = row(corpus, GOOD_NAME)
    assert good["status"] == "ok", good["message"]
    good_reports = corpus.reports[corpus.reports["doc_id"] == good["doc_id"]]
    assert len(good_reports) == 1
    meeting = corpus.meetings[corpus.meetings["meeting_id"] == GOOD_MEETING]
    assert len(meeting) == 1
    assert good_reports["report_id"].iloc[0] in list(meeting["report_ids"].iloc[0])
    good_decisions = corpus.decisions[corpus.decisions["doc_id"] == good["doc_id"]]
    assert {"agreed", "deferred"} <= set(good_decisions["outcome"])
    # every ok document, and only those, has a clean text file of n_chars characters
    ok = docs[docs["status"] == "ok"]
    written = {p.stem for p in (out / "text").iterdir()}
    assert written == set(ok["doc_id"])
    for d in ok.itertuples():
        raw_bytes = (out / "text" / f"{d.doc_id}.txt").read_bytes()
        assert not raw_bytes.startswith(b"\xef\xbb\xbf"), d.path
        assert b"\r" not in raw_bytes and b"\x00" not in raw_bytes, d.path
        text = raw_bytes.decode("utf-8")
        assert "\ufeff" not in text, d.path
        assert unicodedata.is_normalized("NFC", text), d.path
        assert len(text) == d.n_chars > 0, d.path
        assert not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in text), d.path
    # a document that is not ok yields nothing but its row (and a review row)
    failed = docs[docs["status"] != "ok"]
    assert not set(failed["doc_id"]) & set(corpus.reports["doc_id"])
    assert not set(failed["doc_id"]) & set(corpus.decisions["doc_id"])
    assert not set(failed["doc_id"]) & set(corpus.appearances["doc_id"])
    reviewed = set(corpus.review.loc[corpus.review["kind"] == "document", "ref_id"])
    assert set(failed["doc_id"]) <= reviewed
    for d in failed.itertuples():
        assert d.message.strip(), f"{d.path}: a {d.status} row needs a message"
    dups = docs[docs["status"] == "duplicate"]
    originals = docs[docs["doc_id"].isin(dups["duplicate_of"])]
    assert len(originals) == dups["duplicate_of"].nunique(), "duplicate_of names a document"
    assert "duplicate" not in set(originals["status"]), "an original is not itself a copy"
    assert (docs.loc[docs["status"] != "duplicate", "duplicate_of"] == "").all()


# --- the table of awkward inputs ----------------------------------------------------------

@dataclass(frozen=True)
class Case:
    """One awkward input: the files written (names from ``bad_files``), the file whose
    row is checked, its exact status, words its message must hold, and text that must
    (or must not) be in its text file."""

    id: str
    files: tuple[str, ...]
    path: str
    status: str
    words: tuple[str, ...] = ()
    text_has: tuple[str, ...] = ()
    text_lacks: tuple[str, ...] = ()
    duplicate_of: str = ""


CASES = [
    Case("empty-0-bytes", ("empty.txt",), "empty.txt", "empty", ("empty", "0 bytes")),
    Case("two-empty-files-are-not-duplicates", ("empty.txt", "empty-too.txt"),
         "empty.txt", "empty", ("empty",)),  # "empty-too.txt" sorts first
    Case("whitespace-only", ("blank.txt",), "blank.txt", "empty", ("whitespace",)),
    Case("binary-junk-as-txt", ("junk.txt",), "junk.txt", "unreadable", ("binary",)),
    Case("png-as-txt", ("png-named.txt",), "png-named.txt", "unreadable", ("binary",)),
    Case("cp1252", ("cp1252.txt",), "cp1252.txt", "ok", ("cp1252",),
         text_has=("\u00a35", "caf\u00e9", "\u201cUnite the Left\u201d", "motion \u2013 after",
                   "debate \u2026 and", "Ren\u00e9e\u2019s")),
    Case("utf8-bom", ("bom.txt",), "bom.txt", "ok",
         text_has=("NEC report: January 2020\n\nThe NEC met on 28 January 2020",)),
    Case("utf16-bom", ("utf16.txt",), "utf16.txt", "ok", ("utf-16",),
         text_has=("NEC report: February 2020\n\nThe NEC met on 4 February 2020 and noted "
                   "the report.\n",)),
    Case("utf8-with-stray-cp1252", ("mixed-encoding.txt",), "mixed-encoding.txt", "ok",
         ("cp1252",), text_has=("June 2020 \u2013 caf\u00e9", "\u00a310",
                                "\u201cday school\u201d", "30 June 2020 \u2013 online")),
    Case("crlf", ("crlf.txt",), "crlf.txt", "ok",
         text_has=("NEC report: March 2020\n\nThe NEC met on 3 March 2020.\nThe NEC noted",)),
    Case("lone-cr", ("cr.txt",), "cr.txt", "ok",
         text_has=("London REC report\n\nThe London REC met on 28 October 2019.\n"
                   "The REC agreed the budget.\n",)),
    Case("form-feeds", ("form-feed.txt",), "form-feed.txt", "ok",
         text_has=("Page one ends here.\n", "\nPage two begins.\nPage three begins.\n")),
    Case("malformed-html", ("malformed.html",), "malformed.html", "ok",
         text_has=("The National Executive Committee met on 3 March 2020.",
                   "The NEC agreed the new code of conduct after a long debate",
                   "The proposal on rule changes was deferred to the next meeting."),
         text_lacks=("Home", "News archive menu", "Copyright", "All rights reserved",
                     "SCRIPT-TEXT", "<p>", "<div")),
    Case("html-with-only-menus", ("nav-only.html",), "nav-only.html", "empty",
         ("no main text",)),
    Case("binary-junk-as-html", ("junk.html",), "junk.html", "unreadable", ("binary",)),
    Case("truncated-pdf", ("corrupt.pdf",), "corrupt.pdf", "unreadable", ("corrupt", "pdf")),
    Case("not-a-pdf", ("not-a-pdf.pdf",), "not-a-pdf.pdf", "unreadable", ("not a pdf",)),
    Case("scanned-pdf", ("scan.pdf",), "scan.pdf", "empty", ("text layer",)),
    Case("text-pdf", ("text.pdf",), "text.pdf", "ok",
         text_has=("NEC report: October 2020", "The National Executive Committee met on "
                   "27 October 2020.", "The NEC agreed the budget for 2021.")),
    Case("pdf-after-leading-whitespace", ("leading-space.pdf",), "leading-space.pdf", "ok",
         text_has=("Leading junk before the PDF header.",)),
    Case("encrypted-pdf", ("encrypted.pdf",), "encrypted.pdf", "unreadable",
         ("encrypted", "password")),
    Case("docx", ("report.docx",), "report.docx", "ok",
         text_has=("NEC report: November 2020\n\nThe National Executive Committee met on "
                   "24 November 2020.\n\nMotion | Outcome\n\nRule changes | Deferred | 5-3\n\n"
                   "The NEC agreed the timetable",)),
    Case("corrupt-docx", ("corrupt.docx",), "corrupt.docx", "unreadable", ("corrupt", "docx")),
    Case("word-97-as-docx", ("old-word.docx",), "old-word.docx", "unsupported",
         ("97-2003", *SUPPORTED)),
    Case("byte-identical-copy", ("copy-a.txt", "copy-b.txt"), "copy-b.txt", "duplicate",
         ("byte-identical", "copy-a.txt"), duplicate_of="copy-a.txt"),
    Case("original-of-a-copy", ("copy-a.txt", "copy-b.txt"), "copy-a.txt", "ok",
         text_has=("The NEC met on 21 April 2020",)),
    Case("same-report-on-two-sites", ("site-a/nec-july-2020.txt", "site-b/nec-july-2020.html"),
         "site-b/nec-july-2020.html", "duplicate",
         ("same report as", "site-a/nec-july-2020.txt", "shingles"),
         duplicate_of="site-a/nec-july-2020.txt"),
    Case("shared-boilerplate-first", ("clp-a.txt", "clp-b.txt"), "clp-a.txt", "ok",
         text_has=("met on 15 May 2021",)),
    Case("shared-boilerplate-second", ("clp-a.txt", "clp-b.txt"), "clp-b.txt", "ok",
         text_has=("met again on 10 July 2021",)),
    Case("rtf", ("minutes.rtf",), "minutes.rtf", "unsupported", (".rtf", *SUPPORTED)),
    Case("jpg", ("photo.jpg",), "photo.jpg", "unsupported", (".jpg", *SUPPORTED)),
    Case("no-suffix", ("notes",), "notes", "unsupported", ("no suffix", *SUPPORTED)),
    Case("no-date", ("undated.txt",), "undated.txt", "ok",
         text_has=("The NEC agreed the new code of conduct.",)),
    Case("nested-folder", ("archive/2020/nested.txt",), "archive/2020/nested.txt", "ok",
         text_has=("The NEC met on 10 November 2020",)),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_awkward_input(case: Case, tmp_path):
    corpus, _, out = run_build(tmp_path, {name: FILES[name] for name in case.files})
    doc = row(corpus, case.path)
    assert doc["status"] == case.status, doc["message"]
    for word in case.words:
        assert word.lower() in doc["message"].lower(), (word, doc["message"])
    if case.duplicate_of:
        assert doc["duplicate_of"] == row(corpus, case.duplicate_of)["doc_id"]
    if case.status == "ok":
        text = text_file(out, doc["doc_id"])
        for piece in case.text_has:
            assert piece in text, (piece, text)
        for piece in case.text_lacks:
            assert piece not in text, (piece, text)
        assert len(corpus.reports[corpus.reports["doc_id"] == doc["doc_id"]]) >= 1
    else:
        assert not (out / "text" / f"{doc['doc_id']}.txt").exists()


def test_a_report_without_any_date_gets_no_invented_date(tmp_path):
    corpus, _, _ = run_build(tmp_path, {"undated.txt": FILES["undated.txt"]})
    doc = row(corpus, "undated.txt")
    assert doc["published"] == ""
    reports = corpus.reports[corpus.reports["doc_id"] == doc["doc_id"]]
    assert list(reports["published"]) == [""]
    report_id = reports["report_id"].iloc[0]
    meetings = corpus.meetings[corpus.meetings["report_ids"].map(lambda ids: report_id in ids)]
    assert len(meetings) >= 1, "its decisions still belong to a meeting"
    assert (meetings["date"] == "").all()
    assert (meetings["date_start"] == "").all()
    assert (meetings["date_end"] == "").all()
    assert (meetings["date_precision"] == "unknown").all()
    mentions = corpus.meeting_mentions[corpus.meeting_mentions["report_id"] == report_id]
    assert (mentions["date_source"] == "").all()
    undated = set(corpus.review.loc[corpus.review["kind"] == "undated-meeting", "ref_id"])
    assert set(meetings["meeting_id"]) <= undated


def test_the_same_report_twice_keeps_one_set_of_rows(tmp_path):
    files = {n: FILES[n] for n in ("site-a/nec-july-2020.txt", "site-b/nec-july-2020.html")}
    corpus, _, _ = run_build(tmp_path, files)
    original = row(corpus, "site-a/nec-july-2020.txt")
    copy = row(corpus, "site-b/nec-july-2020.html")
    assert copy["n_chars"] > 0, "the duplicate's length is still reported"
    july = corpus.meetings[corpus.meetings["meeting_id"] == "nec-2020-07-21"]
    assert len(july) == 1
    assert july["n_sources"].iloc[0] == 1, "a copy is not a second source"
    assert set(corpus.decisions.loc[corpus.decisions["meeting_id"] == "nec-2020-07-21",
                                    "doc_id"]) == {original["doc_id"]}


# --- folders, names and sizes -----------------------------------------------------------------

def test_nested_files_are_found_and_hidden_files_ignored(tmp_path):
    names = ("archive/2020/nested.txt", ".hidden.txt", ".git/HEAD", "archive/.cache/cached.txt")
    corpus, _, out = run_build(tmp_path, {n: FILES[n] for n in names})
    assert set(corpus.documents["path"]) == {GOOD_NAME, "archive/2020/nested.txt"}
    doc = row(corpus, "archive/2020/nested.txt")
    assert doc["status"] == "ok"
    assert doc["doc_id"] == ingest.doc_id_for("archive/2020/nested.txt")
    assert "The NEC met on 10 November 2020" in text_file(out, doc["doc_id"])


def test_file_over_the_size_limit_is_unsupported_with_its_size(tmp_path):
    big = ("The NEC met and talked at length. " * 400).encode()  # 13,600 bytes
    assert len(GOOD.encode()) < 4096 < len(big)
    corpus, _, _ = run_build(tmp_path, {"huge.txt": big}, max_bytes=4096)
    doc = row(corpus, "huge.txt")
    assert doc["status"] == "unsupported"
    assert f"{len(big):,} bytes" in doc["message"]
    assert "4,096 bytes" in doc["message"]
    assert "--max-mb" in doc["message"]


def test_file_name_that_is_not_utf8_does_not_stop_the_build(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    try:
        with open(os.path.join(os.fsencode(raw), b"caf\xe9.txt"), "wb") as f:
            f.write(b"NEC report\n\nThe NEC met on 4 May 2020 and agreed the budget.\n")
    except OSError:
        pytest.skip("this file system refuses file names that are not UTF-8")
    corpus, _, out = run_build(tmp_path, {})
    doc = row(corpus, "caf\\xe9.txt")
    assert doc["status"] == "ok", doc["message"]
    assert "4 May 2020" in text_file(out, doc["doc_id"])
    paths = pd.read_csv(out / "documents.csv", keep_default_na=False)["path"]
    assert "caf\\xe9.txt" in set(paths)


def test_decomposed_file_name_matches_composed_manifest_row(tmp_path):
    nfd = unicodedata.normalize("NFD", "caf\u00e9.txt")
    manifest = "file,title\ncaf\u00e9.txt,Caf\u00e9 report\n".encode()
    corpus, _, _ = run_build(tmp_path, {nfd: b"NEC report\n\nThe NEC noted the report.\n"},
                             manifest=manifest)
    doc = row(corpus, nfd)
    assert doc["status"] == "ok"
    assert doc["title"] == "Caf\u00e9 report"
    assert "missing" not in set(corpus.documents["status"])


# --- the manifest ---------------------------------------------------------------------------

def test_manifest_row_naming_a_missing_file_gets_a_missing_row(tmp_path):
    manifest = ("file,title,authors,published\n"
                f"{GOOD_NAME},Good,,\n"
                "reports/gone.txt,Lost report,Sam Green; Ann Other,14 March 2019\n").encode()
    corpus, _, out = run_build(tmp_path, {}, manifest=manifest)
    gone = row(corpus, "reports/gone.txt")
    assert gone["status"] == "missing"
    assert "not found" in gone["message"]
    assert gone["doc_id"] == ingest.doc_id_for("reports/gone.txt")
    assert gone["title"] == "Lost report"
    assert list(gone["authors"]) == ["Sam Green", "Ann Other"]
    assert gone["published"] == "2019-03-14"
    assert not (out / "text" / f"{gone['doc_id']}.txt").exists()
    assert row(corpus, GOOD_NAME)["title"] == "Good"


@dataclass(frozen=True)
class ManifestCase:
    id: str
    manifest: bytes
    problems: tuple[str, ...]  # words, each in some problem
    good_title: str            # the good report's title after the build
    good_authors: tuple[str, ...] = ()


GOOD_TITLE = GOOD.splitlines()[0]
MANIFEST_CASES = [
    ManifestCase("no-file-column", b"name,title\ngood-report.txt,Ignored title\n",
                 ("no 'file' column", "name, title"), GOOD_TITLE),
    ManifestCase("ragged-rows",
                 b"file,title,authors\ngood-report.txt,Ragged title\n"
                 b"other.txt,T,A,extra,cells\n",
                 ("line 3", "more cells than columns"), "Ragged title"),
    ManifestCase("duplicate-rows",
                 b"file,title\ngood-report.txt,First title\ngood-report.txt,Second title\n"
                 b"good-report.txt,First title\n",
                 ("line 3", "listed twice", "line 4"), "First title"),
    ManifestCase("cp1252-manifest",
                 "file,title,authors\ngood-report.txt,Caf\u00e9 report \u2013 \u00a35,"
                 "Jos\u00e9 P\u00e9rez\n".encode("cp1252"),
                 ("not UTF-8", "cp1252"), "Caf\u00e9 report \u2013 \u00a35",
                 ("Jos\u00e9 P\u00e9rez",)),
    ManifestCase("bom-and-capitals", b"\xef\xbb\xbfFile,Title\ngood-report.txt,BOM title\n",
                 (), "BOM title"),
    ManifestCase("binary-manifest", bytes(range(256)) * 4, ("binary",), GOOD_TITLE),
    ManifestCase("empty-manifest", b"", ("empty",), GOOD_TITLE),
    ManifestCase("unclosed-quote", b'file,title\ngood-report.txt,"Quoted title\n',
                 ("several lines", "unclosed quote"), "Quoted title"),
    ManifestCase("dot-slash-and-backslash-paths",
                 b"file,title\n./good-report.txt,Dot title\n.\\other.txt,Other\n",
                 (), "Dot title"),
    ManifestCase("bad-published-date", b"file,published\ngood-report.txt,sometime soon\n",
                 ("not a date", "sometime soon"), GOOD_TITLE),
    ManifestCase("nul-in-a-cell", b"file,title\ngood-report.txt,Ti\x00tle\n", (), "Title"),
]


@pytest.mark.parametrize("case", MANIFEST_CASES, ids=[c.id for c in MANIFEST_CASES])
def test_malformed_manifest_is_reported_and_the_build_completes(case: ManifestCase, tmp_path):
    corpus, _, _ = run_build(tmp_path, {}, manifest=case.manifest)
    problems = corpus.summary.manifest_problems
    for word in case.problems:
        assert any(word.lower() in p.lower() for p in problems), (word, problems)
    if not case.problems:
        assert problems == []
    good = row(corpus, GOOD_NAME)
    assert good["title"] == case.good_title
    assert tuple(good["authors"]) == case.good_authors
    assert not any("\x00" in str(v) for v in corpus.documents["title"])


def test_manifest_problems_are_printed_by_the_build_command(tmp_path):
    raw = write_files(tmp_path / "raw", {GOOD_NAME: GOOD.encode()})
    (raw / "manifest.csv").write_bytes(b"name,title\nx.txt,X\n")
    done = subprocess.run([sys.executable, "-m", "toolkit", "build", str(raw),
                           "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "no 'file' column" in done.stdout


# --- ingest called directly -------------------------------------------------------------------

def test_read_document_reads_one_file(tmp_path):
    raw = write_files(tmp_path, {"cp1252.txt": FILES["cp1252.txt"]})
    doc = ingest.read_document(raw, "cp1252.txt", {"title": "From the manifest",
                                                   "published": "March 2019"},
                               max_bytes=ingest.DEFAULT_MAX_BYTES)
    assert (doc.status, doc.format, doc.message) == ("ok", "txt", "decoded as cp1252")
    assert doc.title == "From the manifest"
    assert (doc.published, doc.published_source) == ("2019-03", "manifest")
    assert "\u00a35" in doc.text and doc.n_chars == len(doc.text)
    assert doc.sha256 == hashlib.sha256(FILES["cp1252.txt"]).hexdigest()


def test_read_document_never_raises(tmp_path, monkeypatch):
    raw = write_files(tmp_path, {"a.txt": b"some text\n"})
    gone = ingest.read_document(raw, "vanished.txt", None, max_bytes=1000)
    assert gone.status == "unreadable" and "cannot read" in gone.message

    def broken(data, fmt):
        raise KeyError("a bug in a reader")

    monkeypatch.setattr(ingest, "extract_text", broken)
    doc = ingest.read_document(raw, "a.txt", None, max_bytes=1000)
    assert doc.status == "error"
    assert "KeyError" in doc.message and "a bug in a reader" in doc.message


def test_a_reader_bug_is_an_error_row_and_the_build_completes(tmp_path, monkeypatch):
    real = ingest.extract_text

    def flaky(data, fmt):
        if fmt == "pdf":
            raise RuntimeError("pdf reader exploded")
        return real(data, fmt)

    monkeypatch.setattr(ingest, "extract_text", flaky)
    corpus, _, _ = run_build(tmp_path, {"text.pdf": FILES["text.pdf"]})
    doc = row(corpus, "text.pdf")
    assert doc["status"] == "error"
    assert "RuntimeError" in doc["message"] and "exploded" in doc["message"]


def test_ingest_lists_files_in_path_order_with_missing_ones_last(tmp_path):
    raw = write_files(tmp_path, {"b.txt": b"Bee report text here.\n", "a/z.md": b"# Zed\n",
                                 "c.txt": b"Sea report with other words.\n"})
    (raw / "manifest.csv").write_text("file,title\nzzz.txt,Gone\naaa.txt,Gone too\n")
    docs, problems = ingest.ingest(raw)
    assert [d.path for d in docs] == ["a/z.md", "b.txt", "c.txt", "aaa.txt", "zzz.txt"]
    assert [d.status for d in docs] == ["ok", "ok", "ok", "missing", "missing"]
    assert problems == []


def test_mark_duplicates_prefers_documents_to_keep(tmp_path):
    text = FILES["copy-a.txt"]
    raw = write_files(tmp_path, {"new-copy.txt": text, "old.txt": text})
    docs = [ingest.read_document(raw, p, None, max_bytes=10_000)
            for p in ("new-copy.txt", "old.txt")]
    by_path = ingest.mark_duplicates(docs)
    assert [d.status for d in by_path] == ["ok", "duplicate"]
    kept = ingest.mark_duplicates(docs, keep={ingest.doc_id_for("old.txt")})
    assert [d.status for d in kept] == ["duplicate", "ok"]
    assert kept[0].duplicate_of == ingest.doc_id_for("old.txt")


def test_decode_prefers_cp1252_for_short_western_text():
    data = "Fee \u00a35, caf\u00e9 and \u201cquotes\u201d \u2013 dash.".encode("cp1252")
    text, enc = ingest.decode_bytes(data)
    assert (text, enc) == ("Fee \u00a35, caf\u00e9 and \u201cquotes\u201d \u2013 dash.", "cp1252")


def test_normalise_text_keeps_offsets_meaningful():
    got = ingest.normalise_text("\ufeffA\r\nB\rC\x0cD\u2028E\x00F\x85G  \n\n\n\n\n\nH\u0065\u0301")
    assert got == "A\nB\nC\nD\nEF\nG\n\n\nH\u00e9\n"


@pytest.mark.parametrize(
    "text, expect",
    [
        ("it was **referred** to the NEC", "it was referred to the NEC"),
        ("**Agreed:** the minutes", "Agreed: the minutes"),
        ("- **Sat 20 May**: the next Board", "- Sat 20 May: the next Board"),
        ("* item with *emphasis* here", "* item with emphasis here"),  # (a list's star stays)
        ("__DECISION__: deferred", "DECISION: deferred"),
        ("2 * 3 = 6, and 4 * 5 = 20", "2 * 3 = 6, and 4 * 5 = 20"),  # no emphasis
        ("**Saturday 20 June (Zoom)**", "**Saturday 20 June (Zoom)**"),  # a line all in bold: a heading
        ("## ***Jargon Buster:***", "## ***Jargon Buster:***"),
    ],
)
def test_text_loses_the_marks_of_emphasis_within_a_line(text, expect):
    assert ingest.strip_emphasis(text) == expect
    assert ingest.extract_text(text.encode(), "txt").text == expect


# --- the command line ---------------------------------------------------------------------------

def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "toolkit", "build", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_cli_exits_2_with_one_line_when_raw_dir_is_missing(tmp_path):
    done = run_cli(str(tmp_path / "no-such-folder"), "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "no-such-folder" in lines[0] and "not found" in lines[0]
    assert not (tmp_path / "out" / "documents.csv").exists()


@pytest.mark.parametrize("where", ["inside-a-file", "is-a-file"])
def test_cli_exits_2_with_one_line_when_out_dir_is_not_writable(tmp_path, where):
    raw = write_files(tmp_path / "raw", {GOOD_NAME: GOOD.encode()})
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    out = blocker / "out" if where == "inside-a-file" else blocker
    done = run_cli(str(raw), "--out", str(out))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "cannot write" in lines[0]


def test_cli_builds_the_bad_folder_and_exits_0(tmp_path):
    raw = write_bad_folder(tmp_path / "raw")
    out = tmp_path / "out"
    done = run_cli(str(raw), "--out", str(out))
    assert done.returncode == 0, done.stderr
    docs = pd.read_csv(out / "documents.csv", keep_default_na=False)
    assert set(docs["status"]) == {"ok", "empty", "unreadable", "unsupported", "duplicate",
                                   "missing"}
    assert "! scan.pdf: empty" in done.stdout
    assert done.stderr.strip() == "", "a completed build writes nothing to stderr"


# --- the first line is text, not a title, when the real title is known -----------------------

def test_first_paragraph_counts_when_the_page_title_is_not_in_the_text(tmp_path):
    page = (b"<html><head><title>Our site | News</title></head><body>"
            b"<p>The NEC met on 3 March 2020 and agreed the budget for the year.</p>"
            b"<p>The NEC noted the report of the General Secretary on membership.</p>"
            b"</body></html>")
    corpus, _, _ = run_build(tmp_path, {"page.html": page})
    doc = row(corpus, "page.html")
    assert doc["status"] == "ok"
    assert "nec-2020-03-03" in set(corpus.meetings["meeting_id"])
