"""Dates of the tables read as periods, at the precision the sources give.

The tables write dates as ISO strings at their precision (``2020-09-29``, ``2020-09``,
``2020``). A month is a period from its first to its last day; it is never treated as a
day. Day counts (``days_between``) are given only when both dates are known to the day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

import pandas as pd

_ISO_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def is_blank(value: object) -> bool:
    """True for None, NaN, pd.NA and empty or whitespace-only strings."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def blank_mask(series: pd.Series) -> pd.Series:
    """Boolean mask of the cells of ``series`` that are missing or empty strings."""
    return series.isna() | (series.astype("str").str.strip() == "")


def text_or_empty(series: pd.Series) -> pd.Series:
    """``series`` as strings, missing cells as ``""`` (never NaN); same index."""
    out = series.fillna("")
    return out if out.dtype == "str" else out.astype("str")


def str_list(series: pd.Series) -> list[str]:
    """The cells of ``series`` as a Python list of str, missing cells as ``""``."""
    return [v if isinstance(v, str) else "" for v in series.tolist()]


def precision(value: object) -> str:
    """``day``, ``month``, ``year`` or ``unknown`` for an ISO date at its precision."""
    parts = _parts(value)
    return ("unknown", "year", "month", "day")[len(parts)]


def period(value: object) -> tuple[dt.date, dt.date] | None:
    """First and last day of the period an ISO date names, or None when there is none.

    ``2020`` gives 1 January to 31 December, ``2020-02`` 1 to 29 February, a day itself.
    """
    parts = _parts(value)
    if not parts:
        return None
    year = parts[0]
    if len(parts) == 1:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = parts[1]
    if len(parts) == 2:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    day = dt.date(year, month, parts[2])
    return day, day


def year_of(value: object) -> int | None:
    """The year of an ISO date at any precision, or None."""
    parts = _parts(value)
    return parts[0] if parts else None


def days_between(earlier: object, later: object) -> int | None:
    """Days from ``earlier`` to ``later`` when both are ISO dates known to the day, else None."""
    a, b = _parts(earlier), _parts(later)
    if len(a) != 3 or len(b) != 3:
        return None
    return (dt.date(*b) - dt.date(*a)).days


def covers(start: object, end: object, on: dt.date) -> bool:
    """True when ``on`` lies in the span from ``start`` to ``end`` (ISO at any precision).

    A blank start means "since always", a blank end "still current"; a month or year end
    covers the whole month or year.
    """
    first = period(start)
    last = period(end)
    if first is not None and on < first[0]:
        return False
    if last is not None and on > last[1]:
        return False
    return True


def _parts(value: object) -> tuple[int, ...]:
    """(year[, month[, day]]) of an ISO date, shortened to what is valid; () if none."""
    if is_blank(value):
        return ()
    if isinstance(value, dt.datetime | pd.Timestamp):
        return (value.year, value.month, value.day)
    if isinstance(value, dt.date):
        return (value.year, value.month, value.day)
    m = _ISO_DATE.match(str(value))
    if not m:
        return ()
    nums = [int(g) for g in m.groups() if g is not None]
    if len(nums) >= 2 and not 1 <= nums[1] <= 12:
        return (nums[0],)
    if len(nums) == 3:
        try:
            dt.date(*nums)
        except ValueError:
            return tuple(nums[:2])
    return tuple(nums)


def meeting_dates(meetings: pd.DataFrame) -> pd.DataFrame:
    """``meetings`` with ``when`` (Timestamp of the period's start, NaT if undated),
    ``when_end`` (last day of the period) and ``year`` (nullable Int64) added.

    ``when`` is ``date_start`` when present, else the start of ``date``'s period;
    ``when_end`` the end of ``date``'s period (``when`` when ``date`` is blank). The frame
    is a new one (the input is not changed).
    """
    starts, ends = [], []
    for start, date in zip(meetings["date_start"].tolist(), meetings["date"].tolist(),
                           strict=True):
        span = period(date)
        first = _as_date(start) or (span[0] if span else None)
        starts.append(first)
        ends.append(span[1] if span else first)
    out = meetings.copy()
    out["when"] = pd.to_datetime(pd.Series(starts, index=out.index, dtype="object"))
    out["when_end"] = pd.to_datetime(pd.Series(ends, index=out.index, dtype="object"))
    out["year"] = pd.array([d.year if d else None for d in starts], dtype="Int64")
    return out


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        parts = _parts(value)
        return dt.date(*parts) if len(parts) == 3 else None
    return None
