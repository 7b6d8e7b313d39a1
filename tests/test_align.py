"""Tests for newsdiff.align: statement clusters and copy detection, on Sentences built directly."""

from __future__ import annotations

import heapq
import importlib.util
import itertools
from pathlib import Path
from typing import Any

import pytest

from newsdiff.align import (
    _candidate_pairs,
    _content,
    _joined,
    _model,
    _rephrased,
    _similarity,
    align,
    copies,
)
from newsdiff.config import AlignConfig, from_mapping
from newsdiff.model import Sentence, Span, Statement
from newsdiff.normalize import match_form

CONFIG = AlignConfig()
ROOT = Path(__file__).resolve().parent.parent


def _article(aid: str, texts: list[str]) -> tuple[Sentence, ...]:
    out = []
    pos = 0
    for i, text in enumerate(texts):
        out.append(Sentence(aid, i, text, Span(pos, pos + len(text)), match=match_form(text)))
        pos += len(text) + 1
    return tuple(out)


def _clusters(statements: tuple[Statement, ...]) -> set[frozenset[tuple[str, int]]]:
    return {frozenset((m.article, m.sentence) for m in st.members) for st in statements}


def _together(statements: tuple[Statement, ...], x: tuple[str, int], y: tuple[str, int]) -> bool:
    for st in statements:
        keys = {(m.article, m.sentence) for m in st.members}
        if x in keys:
            return y in keys
    raise AssertionError(f"{x} not in any statement")


# Sentence pairs that only the speaker's frame links (name, title, "said"): two remarks.
FRAME_ONLY_ROWS = [
    (
        "\u201cWe will rebuild every home in the valley before winter,\u201d spokeswoman Ana "
        "Reyes said.",
        "\u201cThe budget for next year has not been settled yet,\u201d said Ana Reyes, the "
        "ministry's spokeswoman.",
    ),
    (
        "\u201cThey keep bringing children out, but nobody tells me anything about my son,\u201d "
        "said Lena Obi, 41, who had waited by the gate since dawn for news of her eight-year-old.",
        "\u201cI cannot sleep and I cannot eat until they find him,\u201d said one mother, Lena "
        "Obi, waiting by the school gate for news of her eight-year-old son.",
    ),
    (
        "Governor Hella Brandt said she had spoken to every mayor in the county.",
        "\u201cNobody should drive tonight unless they absolutely have to,\u201d Governor Hella "
        "Brandt said.",
    ),
]

# (sentence in article a, sentence in article b, same statement?)
PAIRS = [
    (
        "A source said the president did not issue any specific demands to the minister.",
        "He made no specific demands, the source said.",
        True,
    ),
    (
        "At least 212 people were killed and 1,100 injured, the interior minister said.",
        "The interior ministry put the number of dead at 212, with more than 1,100 injured.",
        True,
    ),
    (
        "The central bank raised its key rate to 4.25% on Thursday.",
        "On Thursday, policymakers lifted the benchmark rate to 4.25%.",
        True,
    ),
    (
        "Marsh won 61.4% of the vote against 38.6% for Reval.",
        "Reval took 38.6 percent, while Marsh received 61.4 percent.",
        True,
    ),
    # One outlet quotes the whole remark, another part of it, each with its own frame.
    (
        "\u201cThere is nothing to this story at all,\u201d he said, refusing further questions.",
        "\u201cLet me be clear: there is nothing to this story at all,\u201d an aide declared.",
        True,
    ),
    # Paraphrase classes: fear/worry, denied/rejected.
    (
        "Some residents fear the dam could burst before the repairs are finished.",
        "Some residents worry that the dam may burst before repairs are complete.",
        True,
    ),
    (
        "The club denied the allegations against its coach.",
        "The club rejected allegations against the coach.",
        True,
    ),
    # Two quotes sharing only a stock phrase are different remarks.
    (
        "\u201cWe will not be intimidated by anyone,\u201d the mayor said.",
        "\u201cWe will not comment on leaked documents,\u201d a police spokesman said.",
        False,
    ),
    # Shares words, not meaning.
    (
        "Tokyo's ambassador was summoned and citizens were warned against travel to Japan.",
        "The US commits to the one China principle while supplying the island with weapons.",
        False,
    ),
    (
        "The interior minister said 212 people had been killed.",
        "The interior minister said the search would continue until every house was checked.",
        False,
    ),
    # One speaker framed alike, two different remarks: the frame alone is no statement.
    *((a, b, False) for a, b in FRAME_ONLY_ROWS),
    # Different remarks, but what the sentences say outside them is one statement.
    (
        "The minister blamed the strike at the Korvel refinery, calling it \u201can attack on "
        "every household in the country\u201d.",
        "The strike at the Korvel refinery \u201chas hurt people who have done nothing "
        "wrong\u201d, the minister said.",
        True,
    ),
    # One death toll, given as "killed at least N" and as "the number of dead ... N".
    (
        "The capsizing on the river killed at least 87 people, nearly a third of them children.",
        "The number of dead rose to 87 on Thursday as divers recovered more bodies.",
        True,
    ),
    (
        "Officials said the death toll stood at 61 by Wednesday morning.",
        "Divers searched the river on Wednesday for passengers missing after a ferry disaster "
        "that killed at least 61 people.",
        True,
    ),
]


def _sim(a: str, b: str, config: AlignConfig = CONFIG) -> float:
    m = _model((_article("a", [a]), _article("b", [b])), config)
    return _similarity(m.feats[0], m.feats[1], m.weights, config)


# (sentence, paraphrase through a class word, the same sentence with an unrelated word)
CLASS_ROWS = [
    (
        "Parents fear the new timetable will leave children waiting in the dark.",
        "Parents worry the new timetable will leave children waiting in the dark.",
        "Parents hope the new timetable will leave children waiting in the dark.",
    ),
    (
        "The club denied the allegations.",
        "The club rejected the allegations.",
        "The club repeated the allegations.",
    ),
    ("Shares rose 4% on Monday.", "Shares climbed 4% on Monday.", "Shares traded 4% on Monday."),
    (
        "The bank raised its key rate to 6.5% on Tuesday.",
        "The bank increased its key rate to 6.5% on Tuesday.",
        "The bank kept its key rate to 6.5% on Tuesday.",
    ),
    (
        "Regulators approved a hike in water charges.",
        "Regulators approved a boost in water charges.",
        "Regulators approved a freeze in water charges.",
    ),
    (
        "The appeals court upheld the sentence on Friday.",
        "The appeals court confirmed the sentence on Friday.",
        "The appeals court reviewed the sentence on Friday.",
    ),
]


@pytest.mark.parametrize(("a", "same", "other"), CLASS_ROWS)
def test_paraphrase_classes(a: str, same: str, other: str) -> None:
    assert _sim(a, same) > 0.99
    assert _sim(a, other) < 0.9


QUOTE_A = (
    "\u201cIt is simply not the case,\u201d he said, declining to discuss the sale of the club."
)
QUOTE_B = (
    "\u201cWe have said again and again that it is simply not the case,\u201d the chairman told "
    "a radio station."
)


def test_quote_inside_another_quote() -> None:
    with_quote = _sim(QUOTE_A, QUOTE_B)
    assert with_quote >= CONFIG.quote_match
    assert with_quote > _sim(QUOTE_A, QUOTE_B, AlignConfig(quote_match=0.0))


def test_shared_stock_phrase_is_not_one_remark() -> None:
    a = "\u201cWe will not be intimidated by anyone,\u201d the mayor said."
    b = "\u201cWe will not comment on leaked documents,\u201d a police spokesman said."
    assert _sim(a, b) < CONFIG.threshold


def test_scare_quotes_are_not_remarks() -> None:
    # Two-word quotes are terms: whatever the sentences share, the quote itself adds nothing.
    a = "The group called the plan a \u201cdeath trap\u201d for cyclists."
    b = "Residents said the junction was a \u201cdeath trap\u201d at night."
    assert _sim(a, b) == _sim(a, b, AlignConfig(quote_match=0.0))
    long_a = "The group called the plan \u201ca death trap for every cyclist in town\u201d."
    long_b = "Residents said it was \u201ca death trap for every cyclist in town\u201d, he added."
    assert _sim(long_a, long_b) > _sim(long_a, long_b, AlignConfig(quote_match=0.0))


def test_story_words_do_not_make_a_statement() -> None:
    # Words every sentence of the story uses ("company", "chief executive") weigh little once
    # the articles around them are compared too (IDF over the input).
    a = _article(
        "a",
        [
            "The company will cut 6,000 jobs, its chief executive said.",
            "The chief executive told staff the company must become leaner.",
            "The company posted its first loss in eight years.",
        ],
    )
    b = _article(
        "b",
        [
            "The company's shares rose 1.5% after the chief executive spoke.",
            "The company's chief executive said it would become leaner.",
            "The company had its first quarterly loss in eight years.",
        ],
    )
    st = align((a, b), config=CONFIG)
    assert not _together(st, ("a", 0), ("b", 0))
    assert _together(st, ("a", 2), ("b", 2))


@pytest.mark.parametrize(("a", "b", "same"), PAIRS)
def test_pairs(a: str, b: str, same: bool) -> None:
    filler_a = ["Local markets reopened in the afternoon.", a, "Weather stayed cold."]
    filler_b = ["A concert was postponed.", b, "Traffic was heavy on the bridge."]
    st = align((_article("a", filler_a), _article("b", filler_b)), config=CONFIG)
    assert _together(st, ("a", 1), ("b", 1)) is same


@pytest.mark.parametrize(("a", "b"), FRAME_ONLY_ROWS)
def test_speaker_frame_alone_is_not_a_statement(a: str, b: str) -> None:
    # Similar with the frame rule off (frame_weight=1.0), not with it.
    assert _sim(a, b) < CONFIG.threshold <= _sim(a, b, AlignConfig(frame_weight=1.0))


# (sentence, terms of its attribution frame): who is quoted, not what they said.
FRAMES = [
    ("\u201cWe expect deliveries within ten days,\u201d spokeswoman Mira Solenne said.", {"mira"}),
    ("Governor Hella Brandt said she had spoken to every mayor.", {"brandt", "governor"}),
    ("At least 212 people died, according to the interior ministry.", {"interior", "ministry"}),
    ("Eleven people were rescued overnight, Education Minister Aurelio Nuno said.", {"nuno"}),
    (
        "\u201cThe current is very strong,\u201d Lio Marren, who heads the rescue service, told "
        "reporters.",
        {"marren", "rescu"},
    ),
    # "..., adding that ..." goes on to say something: not part of the frame.
    (
        "\u201cNobody has interfered with any inquiry,\u201d Dalen said, adding that the minister "
        "had not spoken to police.",
        {"dalen"},
    ),
]
# Must not be read as frames: what follows "who stressed" is the remark; "continued" and
# "confirmed" outside quotes are no verbs of speech here.
NOT_FRAMES = [
    (
        "Premier Ivo Dask met union leader Mara Tell, who stressed that the pension cuts are an "
        "attack on every retired worker.",
        {"pension", "cut", "attack", "retir"},
    ),
    ("Officials met the mayor, who has long argued that the bridge is unsafe.", {"bridg", "unsaf"}),
    ("The search continued through the night in Kessa.", {"search", "kessa"}),
    ("The confirmed death toll stood at 212, the minister told reporters.", {"confirm", "toll"}),
    # An opening "But" is not a clause of its own; "X, who ..., warned" is no name list.
    ("But on Monday the water authority said that 38 people had drowned.", {"drown", "38"}),
    ("Crews were sent, and the agency said more than 900 were now at work.", {"crew", "900"}),
]
# Frames after an opening conjunction, inside an ", and"/dash clause, and around a person's
# aside: the speaker, not the remark.
FRAMES += [
    ("But on Monday the water authority said that 38 people had drowned.", {"authority"}),
    ("Crews were sent, and the agency said more than 900 were now at work.", {"agency"}),
    (
        "Volunteers arrived with boats - and the water authority said 900 rescuers were at work.",
        {"authority", "water"},
    ),
    (
        "Regional Governor Ilse Marr, who flew to the valley, warned that more slides would come.",
        {"marr", "governor"},
    ),
    # A remark in a relative clause ("..., who insisted that ..."): what comes before it names
    # the speaker and the setting, however long it is.
    (
        "The strike was called soon after Premier Ivo Dask met union leader Mara Tell, who "
        "insisted that the pension cuts are an attack on every retired worker.",
        {"strik", "dask", "mara", "union", "leader"},
    ),
    (
        "Two villages were cleared by the river authority, which warned that the levee could fail.",
        {"villag", "clear", "authority"},
    ),
    # "reported" is a verb of speech: the outlet that reported is who said it.
    ("The Courier reported that the vote would be delayed.", {"courier"}),
]
NOT_FRAMES += [
    # ", which ... said" is a clause about the figure, not a speaker before a name list.
    ("The toll stood at 212, which the minister said was final.", {"toll", "212"}),
    ("Trains and buses stopped, Lio Marren and Ada Kell said.", {"train", "bus"}),
]

# (sentence, terms said only in an aside, terms that are not): a relative clause set off
# mid-sentence describes someone; one that runs to the sentence's end is kept as content.
ASIDES = [
    (
        "Judge Mira Ellison, who presided over the trial, allowed a video link.",
        {"presid", "trial"},
        {"ellison", "video", "link"},
    ),
    (
        "In Kessaly, which has been at war for nine years, 140 people died.",
        {"war", "nine", "year"},
        {"kessaly", "140", "peopl"},
    ),
    (
        "The authority - whose chief resigned last week - put the toll at 38.",
        {"chief", "resign", "week"},
        {"authority", "toll", "38"},
    ),
    ("Rain fell all week, which made the search perilous.", set(), {"search", "perilous"}),
    ("The judge who presided over the trial allowed a video link.", set(), {"presid", "trial"}),
    # An aside that reports speech states a remark: it is kept; a verb of speech after the
    # aside's end does not make it one.
    ("Judge Mira Ellison, who resigned, said the case was unusual.", {"resign"}, {"case"}),
    (
        "Judge Mira Ellison, who said the case was unusual, allowed a video link.",
        set(),
        {"case", "unusual"},
    ),
]


@pytest.mark.parametrize(("text", "aside", "kept"), ASIDES)
def test_asides(text: str, aside: set[str], kept: set[str]) -> None:
    found = _content(text, match_form(text))
    assert found.aside == aside
    assert kept <= set(found.terms) - found.aside


# (text, figure, an age?): an age describes a person; it is a count, not a distinctive figure.
AGES = [
    ("The 71-year-old former minister was jailed.", "71", True),
    ("The minister, 71 years old, was jailed.", "71", True),
    ("A 12-year war has displaced 71 families.", "71", False),
    ("Some 71 years after the war, the archive opened.", "71", False),
]


@pytest.mark.parametrize(("text", "figure", "age"), AGES)
def test_ages_are_counts(text: str, figure: str, age: bool) -> None:
    found = _content(text, match_form(text))
    assert (figure in found.counts) is age
    assert (figure in found.figures) is not age


@pytest.mark.parametrize(("text", "want"), FRAMES)
def test_attribution_frames(text: str, want: set[str]) -> None:
    assert want <= _content(text, match_form(text)).frame


@pytest.mark.parametrize(("text", "not_frame"), NOT_FRAMES)
def test_not_attribution_frames(text: str, not_frame: set[str]) -> None:
    assert not (not_frame & _content(text, match_form(text)).frame)


# (article a, article b, pairs (a index, b index) that are one statement, pairs that are not)
REAL_PATTERNS = [
    # One agency in the frame of two different figures; the figures' own pairs hold.
    (
        [
            "But late on Monday, the regional water authority said that at least 38 people "
            "had drowned.",
            "Volunteers came with boats - and the regional water authority said more than 900 "
            "rescuers were now at work.",
        ],
        [
            "At least 38 people drowned in the mudslide, according to the regional water "
            "authority.",
            "The authority put the number of rescuers in the field at over 900.",
        ],
        [(0, 0), (1, 1)],
        [(0, 1), (1, 0)],
    ),
    # An age shared by two sentences about different things.
    (
        ["The 71-year-old Vasko is the first former cabinet member sent to prison for graft."],
        ["But the 71-year-old's lawyers said they would take the sentence to the supreme court."],
        [],
        [(0, 0)],
    ),
    # Jail and prison: one statement in two words.
    (
        ["Ellison said she would not send him to jail before the appeal."],
        ["The judge said she would not send him to prison before the appeal."],
        [(0, 0)],
        [],
    ),
]


# (match-form text, its reading): fractions of a point and idioms in one form; other uses of
# the words stay as they are.
PHRASES = [
    ("raised rates by half a percentage point", "raised rates by 0.5%"),
    ("a half-point increase", "0.5% increase"),
    ("cut by 50 basis points", "cut by 0.5%"),
    ("a 75 basis point rise", "a 0.75% rise"),
    ("by a quarter of a percentage point", "by 0.25%"),
    ("one-quarter of a point", "0.25%"),
    ("a quarter-point move", "0.25% move"),
    ("three years behind bars", "three years in prison"),
    ("in the second half of the year", "in the second half of the year"),
    ("half of the points went to the visitors", "half of the points went to the visitors"),
    ("a quarter of the voters", "a quarter of the voters"),
    ("on the basis of the points table", "on the basis of the points table"),
    ("the car behind the bars of the gate", "the car behind the bars of the gate"),
]


@pytest.mark.parametrize(("text", "want"), PHRASES)
def test_rephrased(text: str, want: str) -> None:
    assert _rephrased(text) == want


# (sentence, the same in other words, the same words about another figure or fact)
PHRASE_ROWS = [
    (
        "The bank raised its policy rate by half a percentage point.",
        "The bank raised its policy rate by 50 basis points.",
        "The bank raised its policy rate by 25 basis points.",
    ),
    (
        "Prices went up 0.5% in May.",
        "Prices went up half a point in May.",
        "Prices went up a quarter point in May.",
    ),
    (
        "He will spend two years behind bars.",
        "He will spend two years in jail.",
        "He will spend two years in office.",
    ),
]


@pytest.mark.parametrize(("a", "same", "other"), PHRASE_ROWS)
def test_phrases_read_alike(a: str, same: str, other: str) -> None:
    assert _sim(a, same) > 0.99
    assert _sim(a, other) < 0.9


@pytest.mark.parametrize(("a", "b", "same", "different"), REAL_PATTERNS)
def test_real_coverage_patterns(
    a: list[str], b: list[str], same: list[tuple[int, int]], different: list[tuple[int, int]]
) -> None:
    st = align((_article("a", a), _article("b", b)), config=CONFIG)
    for i, j in same:
        assert _together(st, ("a", i), ("b", j))
    for i, j in different:
        assert not _together(st, ("a", i), ("b", j))


def test_aside_rule_can_be_turned_off() -> None:
    a = "Judge Mira Ellison, who presided over the fraud trial, allowed a video link."
    b = "Judge Mira Ellison, who presided over the fraud trial, refused to postpone the ruling."
    assert _sim(a, b) < _sim(a, b, AlignConfig(aside_weight=1.0))


def test_an_aside_matching_an_aside_is_no_clause_match() -> None:
    # Two statements about one person described alike: the aside, a clause of its own, must
    # not make the pair through the clause-to-clause score.
    a = "Quill, who won the party's leadership after a bitter contest in 2019, refused a coalition."
    b = "Quill, who won the party's leadership after a bitter contest in 2019, will meet the king."
    assert _sim(a, b) < CONFIG.threshold <= _sim(a, b, AlignConfig(aside_weight=1.0))


# (a remark given in a relative clause after a sentence about the setting, a sentence sharing
# only the setting, a sentence giving the same remark): the remark is what the first states.
REMARK_AFTER_SETTING = [
    (
        "The strike was called soon after Premier Ivo Dask met union leader Mara Tell, who "
        "insisted that the pension cuts are an attack on every retired worker.",
        "The Courier had reported that, soon after Dask met union leader Mara Tell on Monday, the "
        "premier called the finance minister and told him to delay the vote.",
        "The union said Tell raised the pension cuts directly with Dask, calling the plan "
        '"an attack on every retired worker".',
    ),
    (
        "Two villages were evacuated shortly after the governor toured the dam with engineers "
        "from the river authority, which warned that the levee could fail within days.",
        "The Herald reported that, shortly after the governor toured the dam with engineers "
        "from the river authority, she announced a new flood budget.",
        "The river authority warned that the levee might give way within days.",
    ),
]


@pytest.mark.parametrize(("remark", "setting", "same"), REMARK_AFTER_SETTING)
def test_a_remark_after_its_setting(remark: str, setting: str, same: str) -> None:
    m = _model((_article("a", [remark]), _article("b", [setting]), _article("c", [same])), CONFIG)
    r, s, k = m.feats
    assert _similarity(r, s, m.weights, CONFIG) < CONFIG.threshold
    assert _similarity(r, k, m.weights, CONFIG) >= CONFIG.threshold
    st = align(
        (_article("a", [remark]), _article("b", [setting]), _article("c", [same])), config=CONFIG
    )
    assert _together(st, ("a", 0), ("c", 0))
    assert not _together(st, ("a", 0), ("b", 0))


def test_many_to_one_ignores_a_neighbour_joined_through_the_speaker() -> None:
    a = _article(
        "a",
        [
            "Two children were pulled alive from the mud on Tuesday, Governor Ilse Marr said.",
            "Governor Ilse Marr, who flew to the valley by helicopter, warned that more slides "
            "could follow.",
        ],
    )
    b = _article(
        "b", ["Rescuers freed two children from the mud, according to Governor Ilse Marr."]
    )
    st = align((a, b), config=CONFIG)
    assert _together(st, ("a", 0), ("b", 0))
    assert not _together(st, ("a", 1), ("b", 0))


def test_joined_neighbour_brings_its_words_not_its_frame() -> None:
    # Many-to-one reads two adjacent sentences as one; the second one's speaker frame must
    # not let it join a statement through the speaker's name.
    first = "She said supplies would be back to normal in about ten days."
    second = (
        "\u201cStations in the north will get priority because they ran dry first,\u201d said "
        "Mira Solenne, the energy ministry's spokeswoman."
    )
    m = _model((_article("a", [first, second]),), CONFIG)
    pair = _joined(m.feats[0], m.feats[1], m.weights)
    assert {"north", "priority"} <= pair.terms
    assert not {"mira", "solenn"} & pair.terms
    assert pair.remark == m.feats[0].remark and pair.frame == m.feats[0].frame


# (figure in context, distinctive?): only distinctive figures earn the shared-figure bonus.
FIGURES = [
    ("The toll rose to 273.", "273", True),
    ("A magnitude 7.1 quake.", "7.1", True),
    ("Some 1,100 were hurt.", "1100", True),
    ("Prices rose 5% in May.", "5", True),
    ("It raised $4 for each ticket.", "4", True),
    ("Some 9,000 jobs will go.", "9000", True),
    ("Line 2 reopened.", "2", False),
    ("It opened in 2019.", "2019", False),
    ("About 300 staff left.", "300", False),
]


@pytest.mark.parametrize(("text", "figure", "distinctive"), FIGURES)
def test_distinctive_figures(text: str, figure: str, distinctive: bool) -> None:
    found = _content(text, match_form(text))
    assert figure in found.terms
    assert (figure in found.figures) is distinctive


def test_shared_figure_bonus_needs_a_word_family() -> None:
    # Same figure and killed/dead: the bonus. Same figure (a quake's magnitude) without such
    # a word: none.
    toll = ("The shock killed at least 273 people.", "The death toll rose to 273 on Friday.")
    assert _sim(*toll) == pytest.approx(
        _sim(*toll, AlignConfig(figure_bonus=0.0)) + CONFIG.figure_bonus
    )
    quake = (
        "Rescuers searched all night after the magnitude 7.1 quake.",
        "The magnitude 7.1 quake damaged the old cathedral.",
    )
    assert _sim(*quake) == _sim(*quake, AlignConfig(figure_bonus=0.0))


# Tiny inputs (one sentence per article): a shared small count or year does not align two
# sentences; a shared distinctive figure with the same words does.
TINY = [
    ("Chapter 1.", "Step 1.", False),
    ("Figure 2.", "Table 2.", False),
    ("Line 2 reopened.", "Phase 2 begins.", False),
    ("Police arrested 2 men.", "The museum opened 2 galleries.", False),
    ("The bridge opened in 2019.", "Sales fell in 2019.", False),
    ("Turnout rose 4%.", "Turnout rose by 4 percent.", True),
    ("Shares fell 3% on Monday.", "On Monday shares dropped 3%.", True),
]


@pytest.mark.parametrize(("a", "b", "same"), TINY)
def test_small_numbers_on_tiny_inputs(a: str, b: str, same: bool) -> None:
    st = align((_article("a", [a]), _article("b", [b])), config=CONFIG)
    assert _together(st, ("a", 0), ("b", 0)) is same


def test_shared_small_count_weighs_less() -> None:
    a, b = "Chapter 1.", "Step 1."
    assert _sim(a, b) < CONFIG.threshold <= _sim(a, b, AlignConfig(small_number_weight=1.0))


THREE = (
    _article(
        "x",
        [
            "A magnitude 7.1 earthquake struck the province of Ardesh on Sunday.",
            "The interior minister said at least 212 people had been killed.",
            "Rescue teams worked through the night under floodlights.",
            "The airport was closed after its runway cracked.",
        ],
    ),
    _article(
        "y",
        [
            "Rescuers dug through the rubble all night under floodlights.",
            "Ardesh province was hit by a 7.1 magnitude quake on Sunday.",
            "At least 212 people died, according to the interior ministry.",
        ],
    ),
    _article(
        "z",
        [
            "The death toll stood at 212, the interior minister told reporters.",
            "Schools will stay closed for a week.",
            "On Sunday a 7.1 quake devastated parts of Ardesh.",
        ],
    ),
)


def test_every_sentence_exactly_once() -> None:
    st = align(THREE, config=CONFIG)
    keys = [(m.article, m.sentence) for s in st for m in s.members]
    assert sorted(keys) == sorted((s.article, s.index) for g in THREE for s in g)
    assert len(keys) == len(set(keys))


def test_n_way_clusters() -> None:
    st = align(THREE, config=CONFIG)
    assert _together(st, ("x", 0), ("y", 1)) and _together(st, ("y", 1), ("z", 2))
    assert _together(st, ("x", 1), ("y", 2)) and _together(st, ("x", 1), ("z", 0))
    assert _together(st, ("x", 2), ("y", 0))
    assert not _together(st, ("x", 3), ("z", 1))


def test_order_independent() -> None:
    want = _clusters(align(THREE, config=CONFIG))
    for perm in itertools.permutations(THREE):
        assert _clusters(align(perm, config=CONFIG)) == want


def test_deterministic_ids_and_scores() -> None:
    a, b = align(THREE, config=CONFIG), align(THREE, config=CONFIG)
    assert a == b
    assert [s.id for s in a] == [f"s{i}" for i in range(1, len(a) + 1)]
    firsts = [(s.members[0].article, s.members[0].sentence) for s in a]
    assert firsts == sorted(firsts, key=lambda k: ("xyz".index(k[0]), k[1]))
    for s in a:
        assert 0.0 <= s.score <= 1.0
        assert all(0.0 <= m.score <= 1.0 for m in s.members)
        # One sentence per article, unless the many-to-one case applies.
        assert len(s.articles) == len(s.members)


def test_many_to_one() -> None:
    long = _article(
        "long",
        [
            "Nimbus will cut 6,000 jobs in its cloud and advertising units, and it posted "
            "a quarterly loss of $2.1 billion, its first in eight years.",
            "The weather was mild.",
        ],
    )
    split = _article(
        "split",
        [
            "Nimbus is cutting 6,000 jobs in cloud and advertising.",
            "It reported a $2.1 billion quarterly loss, the first in eight years.",
            "A festival opened downtown.",
        ],
    )
    for order in ((long, split), (split, long)):
        st = align(order, config=CONFIG)
        assert _together(st, ("long", 0), ("split", 0))
        assert _together(st, ("long", 0), ("split", 1))
        assert not _together(st, ("split", 2), ("long", 1))


def test_one_sentence_per_article_without_gain() -> None:
    a = _article("a", ["The minister resigned on Monday."])
    b = _article("b", ["The minister resigned on Monday.", "The minister resigned, on Monday."])
    st = align((a, b), config=CONFIG)
    assert not _together(st, ("b", 0), ("b", 1))


# Two one-sentence articles skip the index: the pair is a candidate exactly when the index
# would find it (a third, unrelated article makes the index run).
TWO = [
    ("The mayor resigned on Monday.", "On Monday the mayor quit.", [(0, 1)]),
    ('She said "there is no such plan at all".', 'A denial: "there is no such plan".', [(0, 1)]),
    ("Rain is forecast.", "The bridge reopened.", []),
]


@pytest.mark.parametrize(("a", "b", "want"), TWO)
def test_two_sentences_skip_the_index(a: str, b: str, want: list[tuple[int, int]]) -> None:
    two = _model((_article("a", [a]), _article("b", [b])), CONFIG)
    third = _article("c", ["Zebras graze quietly."])
    three = _model((_article("a", [a]), _article("b", [b]), third), CONFIG)
    assert _candidate_pairs(two, CONFIG) == want
    assert [p for p in _candidate_pairs(three, CONFIG) if p == (0, 1)] == want
    same = _model((_article("a", [a, b]),), CONFIG)
    assert _candidate_pairs(same, CONFIG) == []


def test_empty_and_single() -> None:
    assert align((), config=CONFIG) == ()
    assert align(((),), config=CONFIG) == ()
    one = align((_article("a", ["Only one sentence here."]),), config=CONFIG)
    assert len(one) == 1 and one[0].score == 1.0


def test_config_from_yaml_mapping() -> None:
    cfg = from_mapping({"align": {"threshold": 0.9, "copy_min_words": 5}}).align
    assert cfg.threshold == 0.9 and cfg.copy_min_words == 5


def test_threshold_changes_outcome() -> None:
    a = _article("a", ["The central bank raised its key rate to 4.25% on Thursday."])
    b = _article("b", ["On Thursday, policymakers lifted the benchmark rate to 4.25%."])
    assert _together(align((a, b), config=CONFIG), ("a", 0), ("b", 0))
    strict = AlignConfig(threshold=0.95)
    assert not _together(align((a, b), config=strict), ("a", 0), ("b", 0))


# ---------------------------------------------------------------- copies

WIRE = (
    "The storm made landfall near the coastal city late on Tuesday with winds of up to "
    "180 kilometres per hour, the national weather agency said in a statement."
)


def test_copies_shared_wire_text() -> None:
    a = _article("a", ["Our reporter was there.", WIRE])
    b = _article("b", [WIRE, "Residents fled inland."])
    c = _article("c", ["A hurricane hit the coast on Tuesday night.", "Winds reached 180 km/h."])
    pairs = copies((a, b, c), config=CONFIG)
    assert [(p.a, p.b) for p in pairs] == [("a", "b")]
    (p,) = pairs
    assert p.likely_wire and 0.5 < p.share <= 1.0
    assert len(p.passages) == 1
    text_a = " ".join(s.text for s in a)
    assert text_a[p.passages[0].a_span.start : p.passages[0].a_span.end] == WIRE.rstrip(".")


def test_copies_of_articles_shorter_than_a_run() -> None:
    short = AlignConfig(copy_min_words=4)
    a = _article("a", ["Talks resume soon."])
    b = _article("b", ["Talks resume soon, they said."])
    assert copies((a, b), config=short) == ()
    assert copies((a, b), config=AlignConfig(copy_min_words=3))[0].share == 1.0


def test_copies_short_runs_ignored() -> None:
    a = _article("a", ["The minister said on Monday that talks would resume soon."])
    b = _article("b", ["Talks would resume soon, a spokesperson said on Monday."])
    assert copies((a, b), config=CONFIG) == ()
    shorter = AlignConfig(copy_min_words=4)
    assert copies((a, b), config=shorter)[0].passages[0].text == "talks would resume soon"


# ---------------------------------------------------------------- dev-set quality floor


def _eval_module() -> Any:
    spec = importlib.util.spec_from_file_location(
        "align_eval", ROOT / "benchmarks" / "align_eval.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_dev_set_quality_floor() -> None:
    # Measured 0.964 / 0.905 (F1 0.933) with the default AlignConfig on 3,400 pairs (0.962 /
    # 0.919 before the lender and retrial stories were added); floors sit a bit below.
    result = _eval_module().evaluate(CONFIG)
    assert result["positives"] >= 220 and result["hard_negatives"] >= 280
    assert result["precision"] >= 0.94
    assert result["recall"] >= 0.90
    assert result["f1"] >= 0.92


# ---------------------------------------------------------------- bounded candidate search

_WORDINGS = [
    "The bridge over the Salm river collapsed on Friday night.",
    "On Friday night the Salm river bridge collapsed.",
    "A bridge spanning the Salm river gave way late on Friday.",
]


def test_many_articles_with_tight_bounds() -> None:
    # 40 outlets carry one statement in three wordings and a second one in a single wording.
    # With a tiny posting cap and two candidates per sentence, each wording's sentences fill
    # one another's candidate lists; the statement must still come out whole (its wordings'
    # groups look each other up).
    tight = AlignConfig(posting_cap=3, candidates=2, index_terms=3)
    arts = tuple(
        _article(
            f"a{i:02d}",
            [_WORDINGS[i % 3], f"Outlet number {i} ran a gallery of {i + 7} photographs."],
        )
        for i in range(40)
    )
    st = align(arts, config=tight)
    keys = sorted((m.article, m.sentence) for s in st for m in s.members)
    assert keys == sorted((s.article, s.index) for g in arts for s in g)
    assert sorted(len(s.members) for s in st) == [40, 40]
    for s in st:
        assert len({m.sentence for m in s.members}) == 1 and len(s.articles) == 40


def _candidates_one_by_one(m: Any, config: AlignConfig) -> list[tuple[int, int]]:
    """The candidate search done plainly, sentence by sentence (no quotes), as a reference."""
    turns: dict[str, list[tuple[int, int]]] = {}
    seen: dict[tuple[str, int], int] = {}
    for f in m.feats:
        for t in sorted(t for t in f.terms if m.df[t] > 1):
            n = seen[(t, f.article)] = seen.get((t, f.article), -1) + 1
            turns.setdefault(t, []).append((n, f.pos))
    index = {t: [p for _n, p in sorted(v)][: config.posting_cap] for t, v in turns.items()}
    out: set[tuple[int, int]] = set()
    for f in m.feats:
        rare = sorted(
            (t for t in f.terms if m.df[t] > 1), key=lambda t: (m.df[t], -m.weights[t], t)
        )
        acc: dict[int, float] = {}
        for t in rare[: config.index_terms]:
            for p in index[t]:
                if m.feats[p].article != f.article:
                    acc[p] = acc.get(p, 0.0) + m.weights[t]
        for p in heapq.nlargest(config.candidates, acc, key=acc.__getitem__):
            out.add((min(p, f.pos), max(p, f.pos)))
    return sorted(out)


def test_candidates_shared_by_wording_equal_one_by_one() -> None:
    # Sentences of one wording (wire copy, repeated lines) share their look-up; the pairs
    # must be those of looking every sentence up on its own, tight bounds included.
    arts = tuple(
        _article(
            f"a{i:02d}",
            [
                _WORDINGS[i % 3],
                f"Outlet number {i % 4} ran a gallery of {i % 5 + 7} photographs.",
                _WORDINGS[(i + 1) % 3],
                "The Salm river bridge will stay closed for a year.",
            ],
        )
        for i in range(30)
    )
    for config in (CONFIG, AlignConfig(posting_cap=3, candidates=2, index_terms=3)):
        m = _model(arts, config)
        assert _candidate_pairs(m, config) == _candidates_one_by_one(m, config)


# ---------------------------------------------------------------- copies at scale

_PASSAGE = (
    "Engineers from the Halvard dam authority opened two spillway gates late on Monday after "
    "the reservoir rose above its seasonal mark."
)


def test_copy_passage_keeps_the_original_text() -> None:
    # Case, curly apostrophes and figures as the first article wrote them, not the match form.
    first = "The Mayor’s Office said Route 9 would reopen on Friday at the earliest."
    a = _article("a", ["Intro.", first, "More to follow."])
    b = _article("b", ["the mayor's office said route 9 would reopen on friday at the earliest."])
    (pair,) = copies((a, b), config=CONFIG)
    (passage,) = pair.passages
    assert passage.text == first.rstrip(".")
    text_a = " ".join(s.text for s in a)
    assert text_a[passage.a_span.start : passage.a_span.end] == passage.text


def test_copy_passage_across_two_sentences() -> None:
    one, two = "Water rose quickly in the valley overnight.", "Residents moved to higher ground."
    a = _article("a", [one, two])
    b = _article("b", ["Local news.", one, two])
    (pair,) = copies((a, b), config=CONFIG)
    (passage,) = pair.passages
    assert passage.text == one + " " + two.rstrip(".")
    text_b = " ".join(s.text for s in b)
    assert text_b[passage.b_span.start : passage.b_span.end] == one + " " + two.rstrip(".")


def test_wire_copies_at_scale_keep_a_bounded_report() -> None:
    # 60 outlets run one wire passage; two of them also share a second passage. Each article
    # keeps at most `copy_partners` partners (a pair counts for both), every outlet is in the
    # report, and the pair sharing the most text is found although the wire text is everywhere.
    extra = "A second relief convoy reached the northern villages of Osk and Trell at dawn today."
    arts = []
    for i in range(60):
        own = f"Outlet {i} reported from its own newsroom number {i} in the city."
        texts = [own, _PASSAGE] + ([extra] if i in (17, 42) else [])
        arts.append(_article(f"a{i:02d}", texts))
    pairs = copies(tuple(arts), config=CONFIG)
    degree: dict[str, int] = {}
    for p in pairs:
        degree[p.a] = degree.get(p.a, 0) + 1
        degree[p.b] = degree.get(p.b, 0) + 1
    assert set(degree) == {f"a{i:02d}" for i in range(60)}
    assert len(pairs) <= 60 * CONFIG.copy_partners
    top = max(pairs, key=lambda p: p.share)
    assert (top.a, top.b) == ("a17", "a42")
    assert all(p.likely_wire for p in pairs)


def test_copies_bounds_off_equal_every_pair() -> None:
    # With bounds above the number of articles, every sharing pair is reported (the exhaustive
    # answer): 20 wire copies make 190 pairs.
    arts = tuple(_article(f"a{i:02d}", [f"Item {i}.", _PASSAGE]) for i in range(20))
    wide = AlignConfig(copy_partners=30, copy_candidates=30, copy_window=30)
    pairs = copies(arts, config=wide)
    assert [(p.a, p.b) for p in pairs] == [
        (f"a{i:02d}", f"a{j:02d}") for i, j in itertools.combinations(range(20), 2)
    ]
    assert len(copies(arts, config=CONFIG)) < len(pairs)


def test_copy_passages_capped_to_the_longest() -> None:
    shared = [
        "Crews cleared the fallen pine trees from the northern ring road by noon.",
        "The ferry to Lomsund will run an extra late crossing on both weekend nights.",
        "Two schools in the eastern district stay closed until the heating is repaired.",
    ]
    long_run = (
        "The council approved the full harbour plan by nine votes to four on Tuesday night, "
        "after a debate that lasted more than six hours."
    )
    a = _article("a", [shared[0], "Our own line one.", shared[1], "Our own line two.", *shared[2:]])
    a = _article("a", [s.text for s in a] + ["Our own line three.", long_run])
    b = _article(
        "b", [long_run, "Their line.", shared[2], "Another.", shared[1], "More.", shared[0]]
    )
    everything = copies((a, b), config=CONFIG)[0]
    assert [p.text for p in everything.passages] == [
        *(x.rstrip(".") for x in shared),
        long_run.rstrip("."),
    ]
    capped = copies((a, b), config=AlignConfig(copy_passages=2))[0]
    assert capped.share == everything.share  # the share still counts every run
    assert [p.text for p in capped.passages] == [shared[1].rstrip("."), long_run.rstrip(".")]


def test_copies_survive_a_repeated_refrain() -> None:
    chant = "We will not leave this square until the government hears us."
    a = _article("a", [chant] * 200)
    b = _article("b", [chant] * 200)
    (pair,) = copies((a, b), config=CONFIG)
    assert pair.share == 1.0 and len(pair.passages) <= CONFIG.copy_passages


def _terms(text: str) -> set[str]:
    return set(_content(text, match_form(text)).terms)


# One wording in British and in American spelling, or with a verb in its irregular past and
# in its present: the same content terms. Must-not rows: forms left apart on purpose ("fell"
# a tree, "found" a company, "left" the room or the left wing) and words that only look
# British ("praise", "noise": no "-ize" form; "hour": no "-or" form).
SPELLING_ROWS = [
    ("Crowds gathered in the city centre.", "Crowds gathered in the city center.", True),
    ("Labour organised a ballot of members.", "Labor organized a ballot of members.", True),
    ("Ferries were cancelled after the gale.", "Ferries were canceled after the gale.", True),
    ("Analysts analysed the harbour figures.", "Analysts analyzed the harbor figures.", True),
    ("The defence minister honoured the crew.", "The defense minister honored the crew.", True),
    (
        "The 40-metre tower was centred on the square.",
        "The 40-meter tower was centered on the square.",
        True,
    ),
    ("The final went to extra time.", "The final goes to extra time.", True),
    ("The ruling came after a long trial.", "The ruling comes after a long trial.", True),
    ("Rebels fled the town and struck a depot.", "Rebels flee the town and strike a depot.", True),
    ("Workers felled the old oak.", "Workers fall on the old oak.", False),
    ("Investors found the bank in 1990.", "Investors find the bank in 1990.", False),
    ("The minister left the coalition.", "The minister will leave the coalition.", False),
    ("Neighbours complained about the noise.", "Neighbours complained about the nose.", False),
    ("Fans praised the coach for an hour.", "Fans prized the coach for an her.", False),
]


@pytest.mark.parametrize(("a", "b", "same"), SPELLING_ROWS)
def test_spelling_and_irregular_forms_meet(a: str, b: str, same: bool) -> None:
    assert (_terms(a) == _terms(b)) is same


def test_paraphrase_classes_survive_spelling() -> None:
    # "praise" and "raise" look like "-ise" spellings; their classes must still hold.
    assert _terms("Unions praised the pay raise.") == _terms("Unions welcomed the pay hike.")
    assert _terms("Unions praised the plan.") != _terms("Unions prized the plan.")


def test_irregular_forms_score_as_the_verb() -> None:
    # In a story's context, "went" and "go" (and "came"/"comes") score as one word would.
    story = [
        "City won the cup final 2-1 after extra time on Saturday.",
        "It was only the second final in the history of the cup to go to extra time.",
    ]
    others = ["City beat Rovers 2-1 after extra time in the cup final."]
    scores = []
    for verb in ("went", "go"):
        b = _article("b", [*others, f"This was the second final ever that {verb} to extra time."])
        m = _model((_article("a", story), b), CONFIG)
        scores.append(_similarity(m.feats[1], m.feats[3], m.weights, CONFIG))
    assert scores[0] == pytest.approx(scores[1])
    came = _model(
        (
            _article("a", ["The ban came after a doping test."]),
            _article("b", ["The ban comes after a doping test."]),
        ),
        CONFIG,
    )
    first, second = came.feats
    assert _similarity(first, second, came.weights, CONFIG) == pytest.approx(1.0)


# An em dash written between two words without spaces breaks the clause as a spaced one
# does; a hyphen keeps its compound one word.
DASH_ROWS = [
    ("Nimbus cut 900 jobs\u2014which is 6 percent of staff\u2014on Tuesday.", "jobs-which", False),
    ("Nimbus cut 900 jobs\u2014which is 6 percent of staff\u2014on Tuesday.", "staff-on", False),
    ("A well-known analyst criticised the cuts on Tuesday.", "well-known", True),
]


@pytest.mark.parametrize(("text", "term", "kept"), DASH_ROWS)
def test_glued_em_dash_breaks_words(text: str, term: str, kept: bool) -> None:
    model = _model((_article("a", [text]),), CONFIG)
    assert (term in model.feats[0].terms) is kept


def test_glued_em_dash_reads_as_an_aside() -> None:
    glued = "Nimbus cut 900 jobs\u2014which is 6 percent of staff\u2014on Tuesday."
    spaced = "Nimbus cut 900 jobs \u2014 which is 6 percent of staff \u2014 on Tuesday."
    a, b = (_model((_article("a", [t]),), CONFIG).feats[0] for t in (glued, spaced))
    assert a.terms == b.terms and a.aside == b.aside and a.aside


def test_many_to_one_second_neighbour_must_add_to_the_pair() -> None:
    # "split" carries the statement in its middle sentence; both neighbours bring the
    # injuries. Each alone would join; after the first, the second adds nothing, so the
    # statement keeps two sentences of "split", not three.
    whole = _article(
        "whole",
        [
            "Harbour officials closed the Kessa ferry terminal on Friday after a crane "
            "collapsed onto the pier, injuring four dockworkers.",
            "Rain is expected over the weekend.",
        ],
    )
    split = _article(
        "split",
        [
            "Four dockworkers were hurt at the pier, the union said.",
            "Officials closed the Kessa ferry terminal on Friday after a crane collapsed.",
            "The crane injured four dockworkers on the pier.",
        ],
    )
    other = _article(
        "other",
        [
            "The Kessa ferry terminal was shut on Friday when a crane fell onto the pier and "
            "hurt four dockworkers.",
            "Weekend rain is forecast.",
        ],
    )
    for order in ((whole, split, other), (other, split, whole)):
        st = align(order, config=CONFIG)
        group = next(s for s in st if ("whole", 0) in {(m.article, m.sentence) for m in s.members})
        from_split = [m.sentence for m in group.members if m.article == "split"]
        assert len(from_split) == 2 and 1 in from_split
        assert not _together(st, ("whole", 1), ("split", 0))


# A quantity with a fraction and a unit is also the whole number it rounds to: one outlet
# gives "55.7%", another "nearly 56%". Must-not rows: a bare figure ("12.4" could be any
# twelve), one whole digit ("7.6" is no "8": too many counts round to it), three decimals
# (a thousands separator in some styles, not a fraction).
ROUNDING_ROWS = [
    ("Turnout reached 55.7% on Sunday.", "56", True),
    ("Quarterly profit was 365.0 million euros.", "365", True),
    ("The shares closed at $110.49 on Friday.", "110", True),
    ("Inflation eased to 44.5 percent in May.", "45", True),
    ("Inflation eased to 44.2 percent in May.", "44", True),
    ("The index stood at 12.4 after the close.", "12", False),
    ("Inflation eased to 7.6 percent in May.", "8", False),
    ("The port handled 11.300 tonnes of grain.", "11", False),
]


@pytest.mark.parametrize(("text", "term", "kept"), ROUNDING_ROWS)
def test_quantities_with_a_fraction_also_read_rounded(text: str, term: str, kept: bool) -> None:
    feat = _model((_article("a", [text]),), CONFIG).feats[0]
    assert (term in feat.terms) is kept
    assert (term in feat.figures) is kept


def test_rounded_share_scores_above_another_share() -> None:
    # "55.7%" meets "nearly 56%" on the figure, not "57%"; the exact figures still differ.
    exact = "With most ballots counted, Rosa Ilves had 55.7% of the vote."
    scores = {}
    for share in ("56", "57"):
        other = f"Rosa Ilves won nearly {share}% of the vote."
        m = _model((_article("a", [exact]), _article("b", [other])), CONFIG)
        scores[share] = _similarity(m.feats[0], m.feats[1], m.weights, CONFIG)
    assert scores["56"] > scores["57"] + 0.05
    precise = _model(
        (_article("a", [exact]), _article("b", ["Rosa Ilves had 55.8% of the vote."])), CONFIG
    )
    assert "55.7" not in precise.feats[1].terms and "56" in precise.feats[1].terms
