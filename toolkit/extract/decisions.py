"""Decision sentences: outcome, subject, deferral target, vote and confidence.

A sentence records a decision when a trigger of the outcome vocabulary
(``data/reference/outcomes.csv``) occurs in it and no guard cancels it: a negation just
before it ("not deferred"), an opposite ("voted not to defer"), a hedge ("we had hoped
to defer", "it would have made more sense to defer"), "rather than" ("deferred rather
than rejected"), or a person's own view or undertaking ("he agreed that..."). A negated
agreement is a rejection ("it was not agreed"). When several outcomes are triggered, the
more specific wins (deferred, referred, withdrawn, rejected, elected, agreed, noted).
Sentences that look like decisions (a motion, a vote, a proposal) but fit no outcome are
returned as *unclassified*, for the review table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolkit import patterns as P
from toolkit.reference import OutcomeVocabulary

#: Characters before an outcome word that its guards read.
GUARD_WINDOW = 100
PRIORITY = ("deferred", "referred", "withdrawn", "rejected", "elected", "agreed", "noted")
_BASE_CONFIDENCE = {"deferred": 0.9, "referred": 0.85, "withdrawn": 0.85, "rejected": 0.85,
                    "elected": 0.85, "agreed": 0.75, "noted": 0.7}
_TARGET = re.compile(
    r"^\s*(?:(?:it|them|this|these|that|those|the\s+\w+)\s+)?(?:back\s+)?(?P<prep>to|until|till|for|pending|"
    r"over\s+to|over\s+until)\s+(?P<target>[^.;:!?()]{2,120}?)"
    r"(?=\s*(?:[.;:!?()]|,\s*(?:although|but|despite|with|where|which|as|and\s+(?:the|a|it))|\s+(?:to\s+(?:finalise|consider|allow|give|enable|discuss|be)|"
    r"despite|although|because|so\s+that|when|while|as\s+(?:it|the|there))\b|$))",
    re.I,
)
_SUBJECT_PASSIVE = re.compile(
    r"(?P<subj>(?:(?:A|An|The|This|These|Those|Our|Its|Their|His|Her|My|All|Both|Proposals?|Plans?|Motions?|"
    r"[A-Z][\w'’-]*)\b[^.;:]{0,160}?))\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+\s+){0,2}$"
)
#: An office holder's title after "The": "The Chair agreed ...", a person, not a body.
_OFFICE_TITLE = r"(?:Chair|Treasurer|Secretary|Leader|Director|Mayor|Deputy)"
_PERSON_SUBJECT = re.compile(
    r"(?:^\W*|[,;]\s*|[.!?]\s+|\band\s+|\bthen\s+)"
    r"(?!(?:The|A|An|Her|His|Their|Our|Its|My|Your|This|That|These|Those)\s"  # ("The minutes ... went through with",
    rf"(?!(?:{_OFFICE_TITLE}|General\s+Secretary|Regional\s+Director)\b))"  # not "The Chair")
    r"(?P<name>(?:[A-Z][a-z'’]+)(?:\s+[A-Z][a-z'’]+)?)(?:\s+\([^()]{1,30}\))?"
    r"\s+(?:also\s+|had\s+|has\s+|then\s+)?$"  # ("Siobhan Duffy (GMB) voted against")
)
#: A person voting for an outcome: "Chris voted to defer", "I voted to postpone".
_PERSON_VOTED = re.compile(r"(?:^\W*|[,;]\s*|\band\s+)(?P<name>I|[Ww]e|[Hh]e|[Ss]he|[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?)"
                           r"\s+(?:also\s+|both\s+)?voted\s+$")
#: A person, described in passing, who accepted something: "Nadine Corless, who put the proposal, accepted this".
_PERSON_WHO = re.compile(r"(?:^\W*|[,;]\s*|\band\s+)(?P<name>[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’-]+)?),\s+who\s+[^,;]{1,60},\s*$")
_VIEW_AFTER = re.compile(r"^\s*(?:,\s+and\s+(?:said|added|explained|told|confirmed)\b|"  # "Kate agreed, and said that ..."
                         r"(?:[a-z]+\s+){1,3}(?:should|must|needs?|needed|ought)\b|that|there|with|to\s+(?:look|talk|consider|write|meet|raise|take|speak|follow|ensure|continue|review|discuss|"
                         r"bring|come\s+back|report\s+back|circulate|send|share|check|chase|provide|do|produce|update|put|add|"
                         r"arrange|find\s+out|investigate|contact|reply|respond|organise|organize))\b", re.I)
_BODY_WORDS = re.compile(
    r"\b(?:NEC|REC|committee|Committee|Board|board|Executive|Panel|Forum|meeting|Conference|conference|group|Group|it|It|This|this|We|we|members|Members|reps|CLPs)$"
)


#: A sentence whose subject is a motion or proposal ("A motion calling for ...", "Item 7:
#: Proposal that ...").
_MOTION_SUBJECT = re.compile(
    r"^\W*(?:(?:before|after|when|then|finally|later|eventually|in\s+the\s+end)\b[^,.;]{0,60},\s*)?"  # ("Before we reached them, ")
    r"(?:(?:Item\s+\d+\w?\s*[:.)–—-]\s*)?(?:A|An|The|Our|My|His|Her|Their)\s+|(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]*['’]s\s+)?"
    r"(?:[\w'’-]+\s+)?"
    r"(?:motion|proposal|amendment|rule\s+change|request|recommendation|suggestion|report|paper|review|plan|"
    r"document|guidance|budget|timetable|question|issue|matter|idea)s?\b",  # ("The question of whether ... was put on hold")
    re.I,
)
_PASSIVE_MAIN = re.compile(r"(?<!\bthat\s)(?<!\bwhich\s)\b(?:was|were)\s+(?:narrowly\s+|heavily\s+|then\s+|duly\s+)?(?:not\s+)?$", re.I)
_AND_THAT = re.compile(r",\s*and\s+that\s+(?=\w)", re.I)
#: A second thing agreed, put as what should be done ("..., and that the guidance should be circulated"),
#: not a fact reported beside the agreement ("..., and that the first ballots would open shortly").
_SHOULD_CLAUSE = re.compile(r"[^.;:]{0,100}?\bshould\b(?!\s+have\b)", re.I)
_CLAUSE_BREAK = re.compile(
    r"(?:,\s*and\s+(?:it\s+was|the\s+\w+|were|was)|;\s+|,\s+and\s+[a-z]+\s+(?:was|were)\b"
    r"|,\s+and\s+(?:(?:Cllr|Dr)\.?\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:was|were)\b"
    r"|(?:,|\s)\s*(?:and|but)\s+(?:then\s+|after\s+[^,]{0,60},?\s+)?(?:it\s+was|the\s+\w+|they\s|we\s|this\s|that\s))",
    re.I,
)


@dataclass(frozen=True)
class DecisionHit:
    """A decision found in one sentence (spans are offsets into the document's text)."""

    start: int
    end: int
    outcome: str
    trigger_start: int
    trigger_end: int
    subject: str
    deferred_to: str
    target_start: int
    target_end: int
    vote: str
    confidence: float


@dataclass(frozen=True)
class Unclassified:
    """A sentence that looks like a decision but fits no outcome, and why."""

    start: int
    end: int
    reason: str


_PROPOSAL_NOUN_END = re.compile(r"\b(?:proposal|motion|amendment|plan|request|recommendation|paper)s?\s+$", re.I)
_DESCRIPTIVE_AFTER = re.compile(r"^\s+(?:at|by|in|during|under|as\s+part\s+of|earlier|previously|last)\b", re.I)
_BARE_PARTICIPLE = re.compile(r"^(?:agreed|approved|adopted|endorsed|ratified|carried|passed|accepted|noted)$", re.I)
#: "the body that hears cases referred to it by the NEC": what a body receives, not a referral.
_REFERRED_TO_IT = re.compile(r"^referred\s+to\s+(?:it|them)\b", re.I)
_PRESENT_REFERRED = re.compile(r"\b(?:is|are)\s+(?:\w+\s+)?referred\s+$", re.I)
_PLURAL_BEFORE = re.compile(r"\b[a-z]+s\s+(?:referred\s+)?$")


#: A rule of procedure told with a generic subject: "An amendment that was not agreed could still go
#: to a vote", "an amendment that is not carried ... goes to conference": no item decided.
_GENERIC_REL = re.compile(r"\b(?:an?|any|every|each)\s+(?:[\w'’-]+\s+){0,2}?(?:amendments?|motions?|proposals?|items?|"
                          r"resolutions?|rule\s+changes?|nominations?|appeals?|cases?|papers?)\s+(?:that|which)\s+"
                          r"(?P<tense>is|are|gets?|was|were|has\s+been|had\s+been)\s+(?:not\s+)?$", re.I)
_MODAL_AFTER = re.compile(r"^[^.;]{0,80}?\b(?:could|can|may|might|would|will|must|should|goes|go)\b", re.I)
_OBJECT_PRONOUN = re.compile(r"\s+(?:it|them|this|these)\b", re.I)
#: "So the Board did not agree to defer, and ...": the conclusion drawn from a vote told before.
_SO_RESTATED = re.compile(r"^\W*so,?\s+(?:to\s+be\s+clear,?\s+)?(?:the\s+\w+|we|it|they)\s+did\s+not\s+", re.I)
#: A sentence that sums up decisions told before it: "To sum up: the selection rules were agreed, ...".
_RECAP = re.compile(r"^\W*(?:so,?\s+|and\s+)?(?:to\s+(?:sum\s+up|recap|summari[sz]e|save\s+(?:anyone|you)\s+counting)|"
                    r"summing\s+up|in\s+sum)\b", re.I)


_LIST_AFTER = re.compile(r"\s*(?:by\s*)?:")


def _guarded(before: str, after: str, outcome: str, vocab: OutcomeVocabulary, word: str = "") -> str:
    """Which guard cancels a trigger: 'negation', 'opposite', 'hedge', 'rather',
    'descriptive', 'parenthesis', or ''."""
    if before.count("(") > before.count(")") and not (
            word.lower().startswith(before[before.rfind("(") + 1 :].strip().lower()) and not _LIST_AFTER.match(after)):
        return "parenthesis"  # "(passed by: Bermondsey and Old Southwark)"; but an outcome that opens its
        # brackets is the item's outcome as minutes record it: "... Scarborough Spa (agreed).", "(lost 6-17)"
    if any(rx.search(before) for rx in vocab.opposite):
        return "opposite"
    if _BARE_PARTICIPLE.match(word) and any(rx.search(before) for rx in vocab.descriptive) and (
        _DESCRIPTIVE_AFTER.match(after) or re.search(r"\b(?:as|is|are)\s+(?:\w+\s+)?$", before, re.I)
    ):
        return "descriptive"
    if word[:8].lower() == "referred" and (
        (_REFERRED_TO_IT.match(word + after) and _PLURAL_BEFORE.search(before)) or _PRESENT_REFERRED.search(before)
    ):
        return "descriptive"  # "cases referred to it by the NEC", "how cases are referred to the NCC"
    if any(rx.search(before) for rx in vocab.rather_than):
        return "rather"
    generic = _GENERIC_REL.search(before)
    if generic and (generic.group("tense").lower() in ("is", "are", "get", "gets") or _MODAL_AFTER.match(after)):
        return "hedge"
    if outcome != "rejected" and any(rx.search(before) for rx in vocab.negation):
        return "negation"
    fate = _PROPOSAL_JUST_BEFORE.search(before) if _FATE_WORD.search(word) else None
    if fate:  # "The motion fell", "the amendment carried": the proposal's fate, not what was proposed
        before = before[: fate.start()]
    noun = _PROPOSAL_NOUN_END.search(before) if _BARE_PARTICIPLE.match(word) else None
    if noun:  # "Local elections campaign plan agreed": a terse record; the words before the noun may hedge it
        before = before[: noun.start()]
    if any(rx.search(before) for rx in vocab.hedge):
        return "hedge"
    return ""


_PROPOSAL = r"(?:proposal|motion|amendment|resolution)s?"
_PROPOSAL_FIRST = re.compile(_PROPOSAL + r"\b", re.I)
#: A motion or request in the subjunctive, right before its verb: "X moved that the guidance be ".
_ASKED_THAT = re.compile(r"\b(?:moved|proposed|suggested|asked|urged|requested|demanded)\s+that\s+"
                         r"(?:[\w'’,-]+\s+){0,10}?(?:be|should\s+be)\s+$", re.I)
#: A leading participial clause: "Having voted not to defer it, ".
_HAVING = re.compile(r"\W*Having\b[^,;.]{0,120},\s*")
#: "It was noted that ...": the rest of the sentence is what the body noted.
_NOTED_THAT = re.compile(r"\s+that\b", re.I)
#: A proposal's fate told by its own verb: "the motion fell", "the amendment was lost".
_FATE_WORD = re.compile(r"\b(?:fell|failed|lost|carried|passed)\s*$", re.I)
_PROPOSAL_JUST_BEFORE = re.compile(r"\b" + _PROPOSAL + r"\s+(?:was\s+|were\s+)?$", re.I)


def _person_view(sent: str, rel_start: int, rel_end: int, vocab: OutcomeVocabulary) -> bool:
    """"Keir agreed there needs to be...": a named person or pronoun is the subject of an
    agreement verb followed by that/there/with/to+verb."""
    after = sent[rel_end : rel_end + 40]
    window = sent[max(0, rel_start - 40) : rel_start] + sent[rel_start:rel_end] + after.split(";")[0]
    if any(rx.search(window) for rx in vocab.person_view):
        return True
    who = _PERSON_WHO.search(sent[:rel_start])
    if who and not _BODY_WORDS.search(who.group("name")) and sent[rel_start:rel_end].lower().startswith("accept"):
        return True  # "Nadine Corless, who put the proposal, accepted this": the mover, not the body
    m = _PERSON_SUBJECT.search(sent[:rel_start])
    if m and m.group("name").endswith(("'s", "’s")):
        m = None  # "The Leader's report was received with thanks": a possessive, not the subject
    if m and not _BODY_WORDS.search(m.group("name")) and (
            _VIEW_AFTER.match(sent[rel_end:]) or sent[rel_start:rel_end].lower().startswith(("voted", "decided"))):
        return True  # "Keir agreed there needs to be ...", "Morag voted in favour."
    # "Sam met with the working group and agreed to write ...", "He introduced a policy,
    # agreed a code of conduct, ...": a person's own verbs
    if _COORDINATED.search(sent[:rel_start]) and _SUBJECT_PERSON.match(sent) and (
        _VIEW_AFTER.match(sent[rel_end:]) or sent[:rel_start].rstrip().endswith(",")
    ):
        return True
    return False


def _inside_quote(before: str) -> bool:
    """True when a quotation opened before this point is still open: 'Ruth said: "I am
    honoured to have been elected"' quotes a person, it does not record an election."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_COORDINATED = re.compile(r"(?:\band|,)\s*$")
_SUBJECT_PERSON = re.compile(
    rf"^\W*(?!(?:The|Our|This|That|Its|Their|An?)\s+(?!{_OFFICE_TITLE}\b))"
    r"(?:[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?|He|She|I)\s+(?:also\s+)?"  # ("The Executive thanked ...": a body)
    r"(?:[a-z]+ed|met|said|spoke|went|wrote|made|gave|took|told|felt|came|sent|led|sat)\b"
)


def find_vote(sentence: str) -> str:
    """A vote count in the sentence as ``FOR-AGAINST`` or ``FOR-AGAINST-ABSTAIN``, or ''."""
    for rx in (P.VOTE_WORDS, P.VOTE_FOR_AGAINST):
        m = rx.search(sentence)
        if m:
            ab = m.groupdict().get("ab") or m.groupdict().get("ab2")
            return f"{int(m.group('f'))}-{int(m.group('a'))}" + (f"-{int(ab)}" if ab else "")
    if P.VOTE_CONTEXT.search(sentence):
        for m in P.VOTE_DASHED.finditer(sentence):
            f, a = int(m.group("f")), int(m.group("a"))
            if f <= 500 and a <= 500 and not (1900 <= f <= 2100):
                ab = m.group("ab")
                return f"{f}-{a}" + (f"-{int(ab)}" if ab else "")
    return ""


_AUX_TAIL = re.compile(r"\s*\b(?:was|were|is|are|been|be|being|has|have|had|got)(?:\s+(?:also|then|now|narrowly|unanimously|formally|again|not|been)){0,2}\s*$", re.I)
_LEAD_CLAUSE = re.compile(r"^(?:(?:Following|After|In\s+light\s+of|With\s+regard\s+to|Given|Despite|However|At|In)\b[^,]{0,120},\s*)+", re.I)
_PRONOUN_ONLY = re.compile(r"^(?:it|this|these|that|those|they|we|he|she|the\s+\w+\s+(?:meeting|committee|NEC|REC))?$", re.I)


def _subject(sent: str, rel_start: int, rel_end: int, heading: str) -> str:
    """A short description of the item: the words before the outcome (less a leading
    clause and the auxiliary), else the words after it, else the block's heading."""
    pre = _AUX_TAIL.sub("", sent[:rel_start])
    pre = _LEAD_CLAUSE.sub("", pre).strip(" ,;:")
    pre = re.sub(r"^(?:it\s+was\s+|and\s+)", "", pre, flags=re.I)
    subj = pre
    if _PRONOUN_ONLY.match(subj.strip()) or len(subj.split()) < 2:
        after = re.sub(r"^\s*(?:that|to|on|with)\s+", "", sent[rel_end:], flags=re.I)
        subj = after if len(after.split()) >= 2 else heading
    if heading and len(subj.split()) < 2:
        subj = heading
    subj = P.EMPHASIS.sub("", subj).strip(" .,:;")
    words = subj.split()
    return " ".join(words[:14]) + ("…" if len(words) > 14 else "")


def classify_sentence(
    text: str,
    start: int,
    end: int,
    vocab: OutcomeVocabulary,
    *,
    heading: str = "",
) -> tuple[list[DecisionHit], Unclassified | None]:
    """Decisions recorded by the sentence ``text[start:end]``, or why it is unclassified.

    One sentence gives one decision, except "X was elected chair ... and Y was elected
    vice-chair", which gives one per election.
    """
    sent = text[start:end]
    present = None
    if vocab.cue_words is not None and vocab.need_words:
        # the words triggers and cues need, found by plain substring tests (fast)
        low = sent.lower()
        present = {w for w in vocab.need_words if w in low}
        if not present and not any(w in low for w in vocab.cue_words):
            return [], None  # no outcome word and no decision word: the common case, decided fast
    elif vocab.any_cue is not None and not vocab.any_cue.search(sent):
        return [], None
    if _RECAP.match(sent) or _SO_RESTATED.match(sent):
        return [], Unclassified(start, end, "a summary of decisions told before")
    hits: list[tuple[str, int, int]] = []
    opposed: list[tuple[str, int, int]] = []  # "voted not to defer them": the item named before
    guards: list[str] = []
    # only the triggers one of whose needed words the sentence holds, in their order
    ks = range(len(vocab.triggers)) if present is None else sorted({k for w in present for k in vocab.needed_by[w]})
    for k in ks:
        outcome, rx = vocab.triggers[k]
        for m in rx.finditer(sent):
            # guards read the words before the outcome word itself, auxiliaries included
            # ("moved that the paper be | deferred", "the meeting had to be | postponed")
            core = outcome_word_start(m.start(), m.group(0))
            before = sent[max(0, core - GUARD_WINDOW) : core]
            if _PROPOSAL_FIRST.match(m.group(0)) and _FATE_WORD.search(m.group(0)):
                # "A motion that papers should be sent a week before each meeting fell": the motion's own
                # words are its subject; only what stands before the motion can hedge its fate
                before = sent[max(0, m.start() - GUARD_WINDOW) : m.start()]
            g = "quoted" if _inside_quote(sent[:core]) else _guarded(before, sent[m.end() :], outcome, vocab, m.group(0))
            verb = outcome_word_start(m.start(), m.group(0), links=True)
            if not g and verb < core:  # "wanted them held over until", "can ... refer it to the NCC": the verb hedged
                g2 = _guarded(sent[max(0, verb - GUARD_WINDOW) : verb], sent[m.end() :], outcome, vocab, m.group(0))
                if g2 == "hedge" and _DECIDED_THAT_SHOULD.search(sent, 0, verb):
                    g2 = ""  # "The Board agreed that the review should be deferred to March": what it decided
                g = g2 if g2 in ("hedge", "negation", "rather") else ""
            if not g and core > m.start() and outcome in ("deferred", "referred") and _ASKED_THAT.search(
                    sent, max(0, m.start() - GUARD_WINDOW), m.start()):
                g = "hedge"  # "X moved that the guidance be | deferred to our May meeting": what was asked
            at = min(core, verb)
            if g == "hedge" and _TERSE_RECORD.fullmatch(sent, 0, at) and sent[at : m.end()].split()[0].endswith(("ed", "wn")):
                g = ""  # "Motion referred to the NEC.", "DECISION: Winter Fuel motion referred to ...": the proposal's
                # fate written tersely after its name, not what a proposal asked for
            if g == "hedge" and _MOTION_SUBJECT.match(sent) and _PASSIVE_MAIN.search(sent, 0, core):
                g = ""  # "A motion calling for papers two weeks before every meeting was carried": the
                # hedging words describe the motion; its fate is the sentence's main verb
            if outcome == "agreed" and g == "negation":
                continue  # "not agreed" is a rejection trigger of its own
            if g == "opposite" and outcome in ("deferred", "referred", "agreed"):
                # "voted not to defer it": the proposal to defer was rejected
                hits.append(("rejected", m.start(), m.end()))
                if _OBJECT_PRONOUN.match(sent, m.end()):
                    opposed.append(hits[-1])
                continue
            if g:
                guards.append(f"{g}: {m.group(0)}")
                continue
            if any(o == outcome and rx.search(before) for o, rx in vocab.not_item) and not (
                    _MOTION_SUBJECT.match(sent) and _PASSIVE_MAIN.search(sent, 0, core)):
                # (but "A proposal to hold a disabled members' conference next spring was put on hold until ...":
                # the conference is in what was proposed; the proposal is what was put off)
                guards.append(f"not an item: {m.group(0)}")
                continue
            if any(o == outcome and rx.match(sent[m.end() :]) for o, rx in vocab.not_here):
                guards.append(f"elsewhere: {m.group(0)}")
                continue
            voter = _PERSON_VOTED.search(sent, 0, m.start()) if outcome in ("deferred", "referred") else None
            if voter and not _BODY_WORDS.search(voter.group("name")) and not voter.group("name").startswith("The "):
                guards.append(f"a person's vote: {m.group(0)}")  # "Chris voted to defer the motion"
                continue
            if ((_PREVIOUSLY.search(sent, max(0, core - 24), core) or _LONG_AGO.match(sent, m.end()))
                    and not _WHEN_SAID.search(sent)
                    and outcome in ("agreed", "rejected", "noted")):
                guards.append(f"agreed before, at no meeting named: {m.group(0)}")  # "The NEC has previously
                continue  # agreed that every PCC shortlist must include a woman" (not "... at its March meeting")
            if _ADJECTIVE_BEFORE.search(sent, max(0, core - 12), core) and _ADJECTIVE_AFTER.match(sent, core):
                guards.append(f"an adjective: {m.group(0)}")  # "CLPs with no agreed branch structure", "the agreed text"
                continue
            if outcome == "deferred" and (_meeting_put_off(sent, m.start()) or _ACTIVE_PUT_OFF.search(m.group(0)) and (
                    _MEETING_HEAD.search(_HEAD_END.split(" " + sent[m.end() :].lstrip(), maxsplit=1)[0].strip(" .,;:!?")))):
                # ("The Board agreed to postpone conference from 10 June to 18 November": the meeting is moved,
                # which is what the Board agreed)
                continue  # "The regional conference, due on 15 May, has been postponed to October": a meeting moved
            if outcome in ("agreed", "noted", "rejected") and _person_view(sent, m.start(), m.end(), vocab):
                guards.append(f"a person's view: {m.group(0)}")
                continue
            hits.append((outcome, m.start(), m.end()))
    if not hits:
        if guards or any(rx.search(sent) for rx in vocab.cue):
            why = "; ".join(guards) if guards else "decision words but no outcome"
            return [], Unclassified(start, end, why)
        return [], None
    for h in opposed:  # "we voted not to defer them, and the standing orders were then agreed": the outcome
        if any(x[1] > h[2] and x not in opposed for x in hits):
            hits.remove(h)
    lead = _HAVING.match(sent)
    if lead and any(h[1] >= lead.end() for h in hits):
        # "Having voted not to defer it, the NEC then approved the fees": the main clause's outcome
        hits = [h for h in hits if h[1] >= lead.end()]
    hits.sort(key=lambda h: (PRIORITY.index(h[0]), h[1]))
    first = min(hits, key=lambda h: h[1])
    if first[0] == "noted" and _NOTED_THAT.match(sent, first[2]):
        hits.remove(first)  # "It was noted that the proposals were adopted by conference": what was noted
        hits.insert(0, first)
    outcome = hits[0][0]
    chosen = [hits[0]]
    if outcome == "elected":
        # ordered by span, not by the set's order (string hashes vary between runs)
        chosen = sorted({(o, s, e) for o, s, e in hits if o == "elected"}, key=lambda h: (h[1], h[2]))
        dedup = []
        for h in chosen:
            if not dedup or h[1] - dedup[-1][2] > 15:
                dedup.append(h)
        chosen = dedup
    if outcome in ("agreed", "noted", "rejected", "referred", "withdrawn", "elected"):
        # two records joined in one sentence: "Working Groups were granted approval ...,
        # and it was agreed to implement ...", "the proposal to defer was voted down and
        # then the budget was agreed", "the minutes were agreed, and X was re-elected chair"
        same = sorted({(o, s_, e_) for o, s_, e_ in hits if o in ("agreed", "referred", "rejected", "withdrawn", "noted")},
                      key=lambda h: (h[1], h[2], h[0]))
        for h in same:
            if h in chosen:
                continue
            if h[1] > chosen[-1][2] + 20 and _CLAUSE_BREAK.search(sent[chosen[-1][2] : h[1]]):
                chosen.append(h)
            elif outcome == "elected" and h[2] < chosen[0][1] and _CLAUSE_BREAK.search(sent[h[2] : chosen[0][2]]):
                chosen.append(h)  # an agreement told before the election
        chosen.sort(key=lambda h: h[1])
    if outcome == "agreed" and len(chosen) == 1:
        tail = _AND_THAT.search(sent, chosen[0][2])
        if tail and _SHOULD_CLAUSE.match(sent, tail.end()):
            chosen.append(("agreed", tail.start(), tail.end()))
    vote = find_vote(sent)
    out = []
    for oc, ts, te in chosen:
        deferred_to, tgs, tge = "", 0, 0
        if oc in ("deferred", "referred"):
            m = _TARGET.match(sent[te:])
            if m:
                deferred_to = m.group("target").strip(" ,")
                tgs, tge = start + te + m.start("target"), start + te + m.start("target") + len(deferred_to)
        conf = _BASE_CONFIDENCE[oc]
        if vote:
            conf += 0.05
        if len(sent) > 450:
            conf -= 0.15
        if len(hits) > 1 and any(h[0] != oc for h in hits):
            conf -= 0.1
        out.append(DecisionHit(start, end, oc, start + ts, start + te, _subject(sent, ts, te, heading),
                               deferred_to, tgs, tge, vote, round(max(0.05, min(conf, 0.99)), 2)))
    return out, None


_CONTENT = re.compile(r"[a-z0-9]{3,}")
_FUNCTION_WORDS = frozenset(
    "the and was were that this with for from which would into been have has had its their our his her "
    "agreed noted deferred rejected referred withdrawn elected meeting next".split()
)
RESTATED_SHARE = 0.75


def content_words(text: str) -> set[str]:
    return {w for w in _CONTENT.findall(text.lower().replace("’", "'")) if w not in _FUNCTION_WORDS}


_PARTICLES = {"back", "off", "over", "in"}
_OBJECTS = {"it", "them", "this", "these", "that"}
_LINKS = {"to", "until", "till", "for", "pending"}
_SPLIT_VERBS = {"put", "putting", "push", "pushed", "pushing"}


#: A body's decision told as what should be done: "agreed that the review should be | deferred".
_DECIDED_THAT_SHOULD = re.compile(r"\b(?:agreed|decided|resolved|voted)\s+(?:unanimously\s+|further\s+)?that\b[^.;]{0,120}?"
                                  r"\b(?:should|would|will|must|shall)\s+(?:now\s+)?be\s+$", re.I)


#: What stands between a passive outcome's subject and its verb: "..., has been", "will be", "had to be".
_AUX_END = re.compile(r"\s*,?\s*(?:(?:has|have|had|was|were|is|are|will|would|may|might|could|must)\s+)?"
                      r"(?:(?:now|already|also|since|again|then)\s+)?(?:(?:had\s+)?to\s+)?(?:been|be|being)?\s*$", re.I)
#: A numbering and a label before a sentence's subject: "12/ Diary change: ".
_LABEL_LEAD = re.compile(r"[\W\d_]*(?:[^:.]{0,40}:\s*)?")
#: Where a subject's head noun ends: a comma, a relative clause, a participle or a preposition after it.
_HEAD_END = re.compile(r",|\s(?:which|that|who|due|planned|scheduled|set|originally|arranged|of|on|for|in|at|from|to|about|with|by)\s",
                       re.I)
_MEETING_HEAD = re.compile(r"\b(?:meeting|conference|away\s*day|session|plenary|AGM)s?$"
                           # a body's meeting named by its time: "the July NEC", "Next month's Board"
                           rf"|\b(?:{P.MONTH_NAMES}|next|month['’]s|week['’]s)\s+(?:[\w'’-]+\s+)?"
                           r"(?:NEC|REC|SEC|WEC|NPF|CAC|Board|Committee|Forum|Executive|Panel)$", re.I)


#: A decision told as made some time before, and the words that would say when.
_PREVIOUSLY = re.compile(r"\b(?:has|have|had)\s+(?:previously|already|long\s+since|in\s+the\s+past)\s+$", re.I)
#: "We agreed long ago that papers would reach us a week before": agreed at no meeting one can name.
_LONG_AGO = re.compile(r"\s+(?:long\s+ago|some\s+time\s+ago|years\s+ago|a\s+long\s+time\s+ago)\b", re.I)
_WHEN_SAID = re.compile(rf"\b(?:{P.MONTH_NAMES}|(?:19|20)\d\d|last\s+(?:year|month|week)|"
                        r"in\s+the\s+spring|in\s+the\s+autumn)\b"
                        # a meeting named as where: "at its March meeting", "at conference" (not "one meeting a
                        # year", "report back before conference": what was agreed, not where)
                        r"|\b(?:at|in|during)\s+(?:(?:its|the|our|their|that|a|this)\s+)?(?:[\w'’-]+\s+){0,2}?"
                        r"(?:meeting|conference|session)\b")
#: An outcome word between a determiner and its noun: "no agreed branch structure", "the agreed text".
_ADJECTIVE_BEFORE = re.compile(r"(?:^|\W)(?:no|an?|the|its|their|our|his|her|any|every)\s+$", re.I)
_ADJECTIVE_AFTER = re.compile(r"(?:agreed|rejected|deferred|approved|adopted|endorsed|accepted|withdrawn)\s+"
                              r"(?!(?:by|at|on|in|to|with|and|or|unanimously|without|after|before|for|as|that|it|them)\b)[a-z]")
_ACTIVE_PUT_OFF = re.compile(r"\b(?:defer|postpone)$", re.I)
#: A sentence that is only a label and a proposal's name before its outcome: "DECISION: Winter Fuel motion ".
_TERSE_RECORD = re.compile(r"\W*(?:[A-Za-z][\w'’ -]{0,20}\s*[:–—|]\s*)?(?:(?:the|our|their|its|a|an)\s+)?"
                           r"(?:(?!(?:moved|proposed|tabled|put|submitted|seconded|backed|supported|said|asked)\b)[\w'’-]+\s+){0,4}?"
                           r"(?:proposal|motion|amendment|request|suggestion|bid|plan)s?\s+", re.I)


def _meeting_put_off(sent: str, trigger_start: int) -> bool:
    """The subject a deferral's verb is passive of is a meeting: "The regional conference, which
    was due on 15 May, has been postponed to October", "the REC awayday planned for 18 April has
    been put back to June": a meeting moved, not an item's decision put off."""
    pre = sent[:trigger_start]
    pre = _LABEL_LEAD.sub("", pre[: _AUX_END.search(pre).start()], count=1)
    head = _HEAD_END.split(pre, maxsplit=1)[0].strip()
    return 1 <= len(head.split()) <= 6 and bool(_MEETING_HEAD.search(head))


def outcome_word_start(start: int, matched: str, *, links: bool = False) -> int:
    """Where the outcome word itself begins in a trigger's match starting at ``start``:
    its last word ("was | deferred", "moved that the paper be | deferred")."""
    words = matched.split()
    if len(words) > 3 and words[0].lower() in _SPLIT_VERBS and "back" in (w.lower() for w in words[2:]):
        return start  # "put | the officer elections back until ...": the verb, its object between it and "back"
    low = [w.lower() for w in words]
    if "into" in low[1:]:
        words = words[: low.index("into", 1)]  # "accepted | into the text": the verb (a modal before it hedges it)
    if len(words) > 2 and [w.lower() for w in words[-2:]] == ["on", "hold"]:
        words = words[:-2]  # "put | on hold": "the meeting was put on hold" is an event moved
    if links and len(words) >= 2 and words[-1].lower() in _LINKS and (
            len(words) == 2 or words[-2].lower() in _PARTICLES | _OBJECTS):
        words = words[:-1]  # "held over | until", "refer it | to", "referred | to": the verb (read for hedges too)
    while len(words) > 1 and words[-1].lower() in _PARTICLES:
        words = words[:-1]  # "referred | back", "refer it | back": the verb, not its particle
    while len(words) > 1 and words[-1].lower() in _OBJECTS:
        words = words[:-1]
    return start + len(" ".join(words)) - len(words[-1]) if words else start


_SUFFIXES = ("ings", "ing", "ers", "er", "ed", "es", "s")


def _stem(word: str) -> str:
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            return word[: -len(suf)]
    return word


#: A line this short restating a decision is a summary's line, read without word endings.
SUMMARY_LINE = 60


def drop_restatements(hits: list[DecisionHit], texts: dict[int, str]) -> list[DecisionHit]:
    """One record per item in a report: when a report restates a decision (a summary list
    and the detail, a headline and the paragraph), keep the fuller sentence.

    Two hits of one outcome are one decision when at least three-quarters of the shorter
    one's content words (three or more) occur in the longer one; a short summary line's
    words are compared without their endings ("mergers", "merging"). ``texts`` maps a hit's
    start to its sentence text."""
    keep: list[DecisionHit] = []
    for h in sorted(hits, key=lambda h: -(h.end - h.start)):
        words, short = content_words(texts[h.start]), len(texts[h.start]) <= SUMMARY_LINE
        dup = False
        for k in keep:
            if k.outcome != h.outcome or (k.start == h.start):
                continue
            other = content_words(texts[k.start])
            if short:  # a summary's line: "- mergers: deferred to Org cttee 8/2" after "merging CLPs ..."
                words, other = {_stem(w) for w in words}, {_stem(w) for w in other}
            small, big = (words, other) if len(words) <= len(other) else (other, words)
            if len(small) >= 3 and len(small & big) >= RESTATED_SHARE * len(small):
                dup = True
                break
        if not dup:
            keep.append(h)
    return sorted(keep, key=lambda h: (h.start, h.trigger_start))


#: An outcome told of a bare pronoun: "We both supported it, and we were sorry it fell".
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|this|that|they)\s+(?:(?:was|were|had|has|been|then|duly|narrowly)\s+)*$", re.I)

#: "It was agreed to write to the CLPs", "it was noted that ...": "it" stands for what follows, not for
#: the decision before.
_IMPERSONAL_AFTER = re.compile(r"\s+(?:to\s+(?!the\b|a\b|an\b|this\b|that\b|it\b)[a-z]+\b|that\b)")


def drop_pronoun_echoes(hits: list[tuple[DecisionHit, int]], text: str) -> list[tuple[DecisionHit, int]]:
    """Drop an outcome told of "it" in the sentence right after a decision with the same
    outcome: the comment on a decision ("we were sorry it fell"), not another one."""
    out: list[tuple[DecisionHit, int]] = []
    for h, si in hits:
        core = outcome_word_start(h.trigger_start, text[h.trigger_start : h.trigger_end])
        before = text[max(h.start, core - 30) : core]
        if _PRONOUN_SUBJECT.search(before) and not _IMPERSONAL_AFTER.match(text, h.trigger_end) and any(o.outcome == h.outcome and si - 1 <= osi < si for o, osi in out):
            continue
        out.append((h, si))
    return out
