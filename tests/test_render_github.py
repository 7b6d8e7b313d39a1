"""GitHub annotations: one workflow command per difference, encoded by GitHub's rules."""

from __future__ import annotations

import re

from samples import sample

from newsdiff.model import Article, Member, QuoteGroup, Report, Statement
from newsdiff.render import github

COMMAND = re.compile(r"^::(warning|notice|error) (file=[^,:]+,)?title=[^,:]+::.+$")


def test_every_line_is_a_workflow_command() -> None:
    lines = github.render(sample.report()).splitlines()
    assert lines
    for line in lines:
        assert COMMAND.match(line), line


def test_one_warning_per_article_per_difference() -> None:
    lines = github.render(sample.report()).splitlines()
    titles = [re.search(r"title=([^:]+)::", line).group(1) for line in lines]  # type: ignore[union-attr]
    assert titles.count("Quote worded differently (Lena Ekholm)") == 3
    assert titles.count("Date conflict") == 3
    assert titles.count("Number conflict") == 2  # the agreeing wind speed is not annotated
    assert titles.count("Sourcing differs") == 2
    assert titles.count("Only this outlet") == 3
    assert titles.count("Shared copy") == 1


def test_annotation_points_at_the_article_file() -> None:
    lines = github.render(sample.report()).splitlines()
    number = [line for line in lines if "title=Number conflict" in line]
    assert [re.search(r"file=([^,]+),", x).group(1) for x in number] == [  # type: ignore[union-attr]
        "stories/coastal.md",
        "stories/valley.txt",
    ]


def test_stdin_and_url_articles_have_no_file_property() -> None:
    articles = (
        Article(id="a", text="", path="-"),
        Article(id="b", text="", path="https://example.org/story"),
    )
    statements = (Statement("s1", (Member("a", 0, "x"),)), Statement("s2", (Member("b", 0, "y"),)))
    out = github.render(Report(articles=articles, statements=statements))
    assert out.count("::notice title=") == 2 and "file=" not in out


def test_no_differences_no_output() -> None:
    quotes = (QuoteGroup("q", "S", (), differs=False),)
    assert github.render(Report(articles=(Article(id="a", text=""),), quotes=quotes)) == ""


def test_check_problems_are_errors() -> None:
    lines = github.render_check(sample.check_report()).splitlines()
    assert [line.split("::")[1] for line in lines] == [
        "error file=draft.md,title=Misquote",
        "error file=draft.md,title=Quote without a source",
        "error file=draft.md,title=Quote given to a different speaker",
    ]
    assert (
        "Coastal Times has “We will not reopen the bridge until engineers have inspected"
        in lines[0]
    )
