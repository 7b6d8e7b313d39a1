"""JSON renderer: schema newsdiff/1 (docs/schema.json), contract keys, deterministic bytes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from samples import sample

from newsdiff.model import Article, CheckReport, Report
from newsdiff.render import json as render_json

ROOT = Path(__file__).parent.parent
SCHEMA = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))


def validate(text: str) -> dict[str, Any]:
    """The parsed JSON, after checking it against docs/schema.json."""
    data = json.loads(text)
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert isinstance(data, dict)
    return data


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize(
    "report",
    [
        sample.report(),
        sample.hostile_report(),
        Report(articles=(Article(id="a", text=""),)),
        Report(articles=(Article(id="a", text="x", published=date(2024, 2, 29)),)),
    ],
    ids=["sample", "hostile", "empty", "dated"],
)
def test_reports_validate(report: Report) -> None:
    data = validate(render_json.render(report))
    assert data["schema"] == "newsdiff/1"


def test_check_reports_validate() -> None:
    data = validate(render_json.render_check(sample.check_report()))
    assert data["schema"] == "newsdiff-check/1"
    assert [c["problems"] for c in data["checks"]] == [["misquote"], ["unsourced"], ["speaker"], []]
    empty = CheckReport(draft=Article(id="d", text=""), sources=())
    assert validate(render_json.render_check(empty))["checks"] == []


def test_contract_keys_are_present() -> None:
    data = validate(render_json.render(sample.report()))
    contract = {
        "articles": {"id", "path", "outlet", "published", "published_source", "title"},
        "statements": {"id", "members", "score"},
        "quotes": {"id", "speaker", "renderings", "differs"},
        "dates": {"id", "event", "mentions", "conflict"},
        "numbers": {"id", "about", "mentions", "conflict"},
        "attributions": {"article", "sentence", "source", "named", "text"},
    }
    for key, fields in contract.items():
        assert data[key], key
        assert fields <= set(data[key][0]), key
    assert {"article", "sentence", "text", "speaker"} <= set(data["quotes"][0]["renderings"][0])
    assert {"article", "sentence", "text", "resolved"} <= set(data["dates"][0]["mentions"][0])
    assert data["articles"][0]["published"] == "2024-03-06"
    assert data["articles"][0]["published_source"] == "front-matter"


@pytest.mark.parametrize(
    "bad",
    [
        {"schema": "newsdiff/2"},
        {"articles": [{"id": "a"}]},  # contract keys missing
        {
            "dates": [
                {
                    "id": "d",
                    "event": None,
                    "conflict": False,
                    "mentions": [{"article": "a", "sentence": 0, "text": "x", "resolved": "27/11"}],
                }
            ]
        },
        {"quotes": [{"id": "q", "speaker": None, "differs": "yes", "renderings": []}]},
    ],
)
def test_schema_rejects_what_breaks_the_contract(bad: dict[str, Any]) -> None:
    data = json.loads(render_json.render(Report(articles=(Article(id="a", text=""),))))
    data.update(bad)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(SCHEMA).validate(data)


def test_output_is_sorted_utf8_and_ends_in_newline() -> None:
    out = render_json.render(
        Report(articles=(Article(id="a", text="", outlet="Zoë’s “Daily” 日本"),))
    )
    assert out.endswith("}\n")
    assert "Zoë’s “Daily” 日本" in out  # ensure_ascii=False: readable
    data = json.loads(out)
    assert list(data) == sorted(data)
    assert out == render_json.render(
        Report(articles=(Article(id="a", text="", outlet="Zoë’s “Daily” 日本"),))
    )
