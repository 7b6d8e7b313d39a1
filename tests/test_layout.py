"""Layout: furniture, headings, bylines, date lines, datelines, captions and signatures."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsdiff.layout import blocks, byline_author, dateline_prefix, is_furniture, parse_date

_TABLE: dict[str, Any] = yaml.safe_load(
    (Path(__file__).parent / "data" / "layout" / "furniture.yaml").read_text(encoding="utf-8")
)

# ---------------------------------------------------------------- furniture

FURNITURE = [
    "Share",
    "Share on Facebook",
    "Share this article:",
    "Tweet",
    "WhatsApp",
    "Follow us on Instagram for the latest updates",
    "Subscribe to our channel to stay informed",
    "Sign up for our weekly business briefing",
    "The top headlines, straight to your inbox every morning.",
    "Get our free daily newsletter",
    "Leave a Reply",
    "LEAVE A COMMENT",
    "Post a Comment",
    "Comments (12)",
    "Please enter your comment!",
    "Your email address will not be published. Required fields are marked *",
    "Copyright © 2024 Lakeside Media Group",
    "© 2021 Some Outlet Ltd",
    "All rights reserved.",
    "END",
    "(END)",
    "###",
    "Read more: Floods force thousands from homes",
    "READ MORE",
    "Related: Bank holds rates steady",
    "RELATED STORIES",
    "SEE ALSO: Storm cuts power to 200,000",
    "Advertisement",
    "Story continues below advertisement",
    "Skip to content",
    "Scroll to Top",
    "Tags: Politics | Europe | Elections",
    "![](photo-1.jpg)",
    "![Rescuers at work](img/rescue.png) |",
    "[image]",
    "Image: Jane Roe/Agency",
    "| | |",
    "---",
    "ab/cd (Reuters, AP)",
    "Home | World | Business | Sport",
    "PHOTOS: Storm damage across the region",
    "— City Weather (@cityweather) May 2, 2024",
    "This browser is not supported. For an optimal experience use another browser.",
    "She can be reached at jroe@example.com or on X at @jroe.",
    "Powered by Blogger.",
    "This post will be updated as new information becomes available.",
    "This is a developing story and will be updated.",
]

NOT_FURNITURE = [
    "Shares in the carmaker fell 4% on Monday.",
    "Share prices recovered later in the session.",
    "Follow-up talks are planned for next week.",
    "Like our rivals, the company cut prices, its chief executive said.",
    "In a newsletter to clients, analysts warned that inflation would persist.",
    "Copyright lawsuits against AI firms are rising, lawyers say.",
    "Related charges were filed against three other men.",
    "Watchdog groups criticised the decision.",
    "The end of the strike was announced on Friday.",
    "Video shows police officers detaining a protester outside the court.",
    "The mayor can be reached only through her office, aides said.",
    "This story began in 2019, when the plant first flooded.",
    "Powered by wind, the boat crossed in nine days.",
    "Subscribers will receive a refund, the company said in a statement that ran to four pages "
    "and named each of the affected services and the dates on which they stopped working for "
    "customers in the region.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", NOT_FURNITURE)
def test_not_furniture(line: str) -> None:
    assert not is_furniture(line)


# ---------------------------------------------------------------- bylines

BYLINES = [
    ("By Jane Roe", "Jane Roe"),
    ("By Jane R. Roe and Omar Said", "Jane R. Roe and Omar Said"),
    ("By HANNA BERG and LUIS MORA | May 2, 2024", "HANNA BERG and LUIS MORA"),
    ("By Kim Lee (Agence, Wire Service)", "Kim Lee (Agence, Wire Service)"),
    ("Written by Tomás de la Cruz", "Tomás de la Cruz"),
    ("By raising rates, the central bank hopes to cool prices.", None),
    ("By Tuesday, the toll had risen to 40.", None),
    ("By 2030 the country aims to halve emissions", None),
    ("By contrast, exports grew", None),
]


@pytest.mark.parametrize(("line", "author"), BYLINES)
def test_byline_author(line: str, author: str | None) -> None:
    assert byline_author(line) == author


# ---------------------------------------------------------------- dates and datelines

DATES = [
    ("Sunday, November 30, 2025", date(2025, 11, 30)),
    ("Published Nov 13, 2018", date(2018, 11, 13)),
    ("Friday 29 of March 2024", date(2024, 3, 29)),
    ("Tuesday, 12 April 2016 05:21 AM EDT", date(2016, 4, 12)),
    ("Updated: 2023-07-01 10:00", date(2023, 7, 1)),
    ("17th August 2017", date(2017, 8, 17)),
    ("Sept. 4, 2019", date(2019, 9, 4)),
    ("on 25/11", None),
    ("November 31, 2025", None),
    ("in April", None),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_parse_date(text: str, expected: date | None) -> None:
    found = parse_date(text)
    assert (found[0] if found else None) == expected


DATELINES = [
    ("PARIS — Thousands marched on Saturday.", "PARIS — ", None),
    ("LONDON (Reuters) - The pound fell.", "LONDON (Reuters) - ", None),
    ("NEW YORK (AP) — Stocks rose.", "NEW YORK (AP) — ", None),
    (
        "TOKYO / SEOUL, March 3, 2025 – Talks resumed.",
        "TOKYO / SEOUL, March 3, 2025 – ",
        date(2025, 3, 3),
    ),
    ("Sept. 10 (UPI) — Officials revised the toll.", "Sept. 10 (UPI) — ", None),
    ("(AFP) - Rescuers reached the village.", "(AFP) - ", None),
    ("Nairobi - The minister resigned.", "Nairobi - ", None),
    ("MADRID—The government fell.", "MADRID—", None),
    ("August 3, 2014Officials said the toll rose.", "August 3, 2014", date(2014, 8, 3)),
    ("OSLO >> Ferry crossings resumed.", "OSLO >> ", None),
    ("Bergen, Norway | NTB – Ferry crossings resumed.", "Bergen, Norway | NTB – ", None),
    # must not match
    ("COVID-19 cases rose again in March.", None, None),
    ("U.S. President Joe Biden spoke on Monday.", None, None),
    ("NATO allies met on Tuesday.", None, None),
    ("The well-known author spoke.", None, None),
    ("Officials said - without giving details - that it would close.", None, None),
    ("Prices rose >> 4% in May.", None, None),
    ("Oslo | The ferry resumed.", None, None),
]


@pytest.mark.parametrize(("paragraph", "prefix", "when"), DATELINES)
def test_dateline_prefix(paragraph: str, prefix: str | None, when: date | None) -> None:
    found = dateline_prefix(paragraph)
    if prefix is None:
        assert found is None
    else:
        assert found is not None
        assert paragraph[: found[0]] == prefix
        assert found[1] == when


# ---------------------------------------------------------------- whole articles


def kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in blocks(text)]


def test_spans_index_the_text() -> None:
    text = "Headline Here\r\n\r\nBy Ann Lee\r\nBERLIN — Body text starts here.\r\n  • item one\r\n"
    for block in blocks(text):
        assert text[block.span.start : block.span.end] == block.text
        assert block.text == block.text.strip()


def test_article_layout() -> None:
    text = (
        "Monday, June 2, 2025\n\n"
        "Ferry Service Suspended After Storm\n\n"
        "By Ana Ruiz\n\n"
        "OSLO — Ferry crossings were suspended on Monday after a storm damaged two piers.\n\n"
        "Repair Work\n\n"
        "Engineers will inspect the piers. Crews need:\n\n"
        "• cranes\n\n"
        "• divers\n\n"
        "Passengers waited at the terminal on Monday. (Photo: Ana Ruiz)\n\n"
        "Follow us on Facebook\n\n"
        "NorthSea.News\n"
    )
    assert kinds(text) == [
        ("dateline", "Monday, June 2, 2025"),
        ("headline", "Ferry Service Suspended After Storm"),
        ("byline", "By Ana Ruiz"),
        ("dateline", "OSLO —"),
        ("paragraph", "Ferry crossings were suspended on Monday after a storm damaged two piers."),
        ("heading", "Repair Work"),
        ("paragraph", "Engineers will inspect the piers. Crews need:"),
        ("list_item", "• cranes"),
        ("list_item", "• divers"),
        ("caption", "Passengers waited at the terminal on Monday."),
        ("furniture", "(Photo: Ana Ruiz)"),
        ("furniture", "Follow us on Facebook"),
        ("signature", "NorthSea.News"),
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # short lines without final punctuation followed by body text: headings
        ("Rescue Work Continues", "heading"),
        ("What happens next", "heading"),
        ('The Spark: "A Line Crossed"', "heading"),
        ("## What happens next?", "heading"),
        ("#MeToo marches were held in six cities.", "paragraph"),
        # a short body sentence with final punctuation is not a heading
        ("Nobody was hurt.", "paragraph"),
        ("Why did it fail?", "paragraph"),
        ("“It is over,” she said.", "paragraph"),
        ("The inquiry found:", "paragraph"),
        # an explainer's subheading closed by a colon
        ("How the dam gave way:", "heading"),
        ("Here's what we know so far:", "heading"),
        # must not: a lead-in that is a sentence, or too long to be a subheading
        ("What the engineers found, according to the report:", "paragraph"),
        ("The minister explained how the dam gave way:", "paragraph"),
        ("Why the council voted to close the dam road for all of the coming winter:", "paragraph"),
        # a headline opening with a figure, between body paragraphs
        ("12 ferries cancelled: port blames the wind", "heading"),
        # must not: a figure-led sentence with its full stop
        ("12 ferries were cancelled.", "paragraph"),
        # a list item is not a heading
        ("- Rescue Work Continues", "list_item"),
        # a lower-case fragment is body text
        ("and then the rain stopped", "paragraph"),
    ],
)
def test_heading_or_body(line: str, kind: str) -> None:
    text = f"The storm hit the coast on Friday, officials said.\n\n{line}\n\nRoads were closed.\n"
    assert kinds(text)[1] == (kind, line)


def test_headline_is_the_first_heading_only() -> None:
    text = "Big Storm Hits Coast\n\nRoads were closed.\n\nMore Rain Expected\n\nIt will rain.\n"
    assert [k for k, _ in kinds(text)] == ["headline", "paragraph", "heading", "paragraph"]


@pytest.mark.parametrize(
    ("last", "kind"),
    [
        ("Example.Net", "signature"),
        ("Valley Daily News", "signature"),
        ("Read more", "furniture"),
        ("Staff reporter", "furniture"),
        ("The talks will resume next week, both sides said.", "paragraph"),
    ],
)
def test_trailing_line(last: str, kind: str) -> None:
    text = f"Talks broke down on Monday.\n\nBoth sides blamed the other.\n\n{last}\n"
    assert kinds(text)[-1] == (kind, last)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Rescuers search the rubble on Saturday. Photo by Jan Kos/Agency",
            "Rescuers search the rubble on Saturday.",
            "Photo by Jan Kos/Agency",
        ),
        (
            "Protesters march in the capital on Sunday. (AP Photo/Li Wen) (Li Wen)",
            "Protesters march in the capital on Sunday.",
            "(AP Photo/Li Wen) (Li Wen)",
        ),
        (
            "The minister (left) meets farmers on 12/4. *Photo: Wire* |",
            "The minister (left) meets farmers on 12/4.",
            "Photo: Wire",
        ),
        (
            "A firefighter at the scene. (Getty Images)",
            "A firefighter at the scene.",
            "(Getty Images)",
        ),
        (
            "Crews clear a road near the coast on Friday.Dan Holt / AP",
            "Crews clear a road near the coast on Friday.",
            "Dan Holt / AP",
        ),
        (
            "The flooded square. Picture: Mia Holt/Daily Wire",
            "The flooded square.",
            "Picture: Mia Holt/Daily Wire",
        ),
    ],
)
def test_caption_credit_split(line: str, caption: str, credit: str) -> None:
    text = f"The river burst its banks.\n\n{line}\n\nHundreds were evacuated.\n"
    assert kinds(text)[1:3] == [("caption", caption), ("furniture", credit)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a caption that only names who is pictured states nothing
        (
            "Harbour Authority Director Mia Holt. Dan Kos/AP",
            [("furniture", "Harbour Authority Director Mia Holt."), ("furniture", "Dan Kos/AP")],
        ),
        # the "Photo" label before a caption is not part of it (nor of a name)
        (
            "Photo Mia Holt, at the briefing on Monday, looked tired. Credit Dan Kos/Daily Wire",
            [
                ("caption", "Mia Holt, at the briefing on Monday, looked tired."),
                ("furniture", "Credit Dan Kos/Daily Wire"),
            ],
        ),
        # must not change: a caption with a verb stays a caption
        (
            "Mayor Mia Holt speaks to reporters. Dan Kos/AP",
            [("caption", "Mayor Mia Holt speaks to reporters."), ("furniture", "Dan Kos/AP")],
        ),
    ],
)
def test_caption_label_and_bare_names(line: str, expected: list[tuple[str, str]]) -> None:
    text = f"The river burst its banks.\n\n{line}\n\nHundreds were evacuated.\n"
    assert kinds(text)[1:3] == expected


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Great day for the crew!— Jo Roe (@joroe) May 2, 2024", True),
        ("Back in a few weeks. pic.twitter.com/Ab12Cd", True),
        # must not: a sentence that names a handle is text
        ("The mayor posted the notice on X as @cityhall on May 2, 2024.", False),
    ],
)
def test_embedded_posts_are_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_repeated_caption_is_shown_once() -> None:
    cap = "Crowds gather outside the court on Monday. (Photo: Li Wen/Agency)"
    text = f"{cap}\n\n{cap}\n\nThe verdict was read at noon.\n"
    assert [k for k, _ in kinds(text)] == ["caption", "furniture", "furniture", "paragraph"]


def test_agency_credit_via_getty_is_furniture() -> None:
    text = "The dam failed overnight.\n\nDAN KOS/AFP via Getty\n\nNobody was hurt.\n"
    assert kinds(text)[1] == ("furniture", "DAN KOS/AFP via Getty")


def test_credit_only_line_is_furniture() -> None:
    text = "The dam failed overnight.\n\nDan Holt/Getty Images\n\nNobody was hurt.\n"
    assert kinds(text)[1] == ("furniture", "Dan Holt/Getty Images")


def test_image_placeholder_then_italic_caption() -> None:
    text = "The dam failed.\n\n![](dam.jpg)\n\n*The dam after the collapse*\n\nNobody was hurt.\n"
    assert [k for k, _ in kinds(text)] == ["paragraph", "furniture", "caption", "paragraph"]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "The central bank raised its key interest rate by a quarter point on\n"
        "Wednesday, saying inflation remained too high, and signalled that more\n"
        "increases were likely.\n"
        "Markets fell.\n\n"
        "Second paragraph starts here and runs on for a while before it\n"
        "ends.\n"
    )
    found = kinds(text)
    assert [k for k, _ in found] == ["paragraph", "paragraph", "paragraph"]
    assert found[0][1].endswith("more\nincreases were likely.")


def test_one_paragraph_per_line_is_not_joined() -> None:
    text = "Short line one without stop\nSecond body line that ends properly.\n"
    assert len(blocks(text)) == 2


def test_lone_bullet_marks_join_their_item() -> None:
    text = "The bank watches:\n-\nWage growth\n-\nEnergy prices\n"
    assert kinds(text) == [
        ("paragraph", "The bank watches:"),
        ("list_item", "-\nWage growth"),
        ("list_item", "-\nEnergy prices"),
    ]


def test_short_text_without_body_is_kept() -> None:
    assert kinds("Quake kills dozens in the north\n") == [
        ("paragraph", "Quake kills dozens in the north")
    ]


def test_blank_and_empty() -> None:
    assert blocks("") == ()
    assert blocks(" \n\u200b\n\t") == ()


# ---------------------------------------------------------------- furniture table (YAML)

_BEFORE = "The dam failed overnight, officials said."
_AFTER = "Nobody was hurt, the mayor said."
_CONTENT = ("paragraph", "list_item", "caption")


def _placed(line: str, where: str) -> str:
    if where == "between":
        return f"{_BEFORE}\n\n{line}\n\n{_AFTER}\n"
    return f"{_BEFORE}\n\n{_AFTER}\n\n{line}\n"


def _content(text: str) -> list[str]:
    return [b.text for b in blocks(text) if b.kind in _CONTENT]


def _rows(section: str) -> list[tuple[str, str]]:
    return [(where, line) for where, lines in _TABLE[section].items() for line in lines]


@pytest.mark.parametrize(("where", "line"), _rows("dropped"))
def test_furniture_gives_no_content(where: str, line: str) -> None:
    assert _content(_placed(line, where)) == [_BEFORE, _AFTER]


@pytest.mark.parametrize(("where", "line"), _rows("kept"))
def test_story_text_is_kept_whole(where: str, line: str) -> None:
    expected = [_BEFORE, line, _AFTER] if where == "between" else [_BEFORE, _AFTER, line]
    assert _content(_placed(line, where)) == expected


@pytest.mark.parametrize("row", _TABLE["split"], ids=lambda row: str(row["line"])[:40])
def test_furniture_is_cut_from_story_text(row: dict[str, Any]) -> None:
    text = _placed(row["line"], "between")
    assert _content(text) == [_BEFORE, *row["content"], _AFTER]
    for block in blocks(text):
        assert text[block.span.start : block.span.end] == block.text


def test_credit_at_the_end_of_a_long_caption() -> None:
    caption = "Divers search the harbour near the old pier on Tuesday morning, " * 4
    text = _placed(caption.strip() + ". REUTERS/Mara Lindqvist/File Photo", "between")
    assert [(b.kind, b.text) for b in blocks(text)][1:3] == [
        ("caption", caption.strip() + "."),
        ("furniture", "REUTERS/Mara Lindqvist/File Photo"),
    ]
