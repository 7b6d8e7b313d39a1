"""The forked side of compare(): same report either way, and every failure falls back."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
import yaml

from newsdiff import Article, compare, fork
from newsdiff.render import json as render_json

DEV = Path(__file__).parent / "data" / "align" / "dev.yaml"

pytestmark = pytest.mark.skipif(not fork.can_fork(), reason="no second core or no fork here")


def test_a_forked_function_returns_its_result() -> None:
    assert fork.Forked(lambda: {"n": 41 + 1}).result() == {"n": 42}


def test_a_child_that_dies_is_replaced_by_the_parent() -> None:
    parent = os.getpid()
    # in the child the function exits without sending anything; in the parent it answers
    got = fork.Forked(lambda: os._exit(3) if os.getpid() != parent else "parent").result()
    assert got == "parent"


def test_an_error_in_the_child_is_raised_in_the_parent() -> None:
    def fail() -> None:
        raise ValueError("bad input")

    with pytest.raises(ValueError, match="bad input"):
        fork.Forked(fail).result()


def test_an_unpicklable_result_is_computed_in_the_parent() -> None:
    lock = threading.Lock()  # locks cannot be pickled
    assert fork.Forked(lambda: lock).result() is lock


def test_no_fork_while_another_thread_runs() -> None:
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert not fork.can_fork()
    finally:
        stop.set()
        worker.join()
    assert fork.can_fork()


def test_compare_gives_the_same_report_with_and_without_the_fork(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started: list[fork.Forked[object]] = []
    real_init = fork.Forked.__init__

    def spy(self: fork.Forked[object], fn: object) -> None:
        real_init(self, fn)  # type: ignore[arg-type]
        started.append(self)

    monkeypatch.setattr(fork.Forked, "__init__", spy)
    stories = yaml.safe_load(DEV.read_text(encoding="utf-8"))["stories"]
    articles = [
        Article(id=f"{st['id']}-{key}", text=" ".join(text for _, text in sentences))
        for st in stories
        for key, sentences in st["articles"].items()
    ]
    serial = render_json.render(compare(articles, parallel=False))
    forked = render_json.render(compare(articles, parallel=True))
    assert forked == serial
    # both children ran: alignment with figures and names, then date grouping
    assert len(started) == 2 and all(f._proc is not None for f in started)


def test_close_stops_a_child_whose_result_is_not_wanted() -> None:
    import time

    forked = fork.Forked(lambda: time.sleep(60))
    forked.close()
    assert forked._proc is not None and not forked._proc.is_alive()


def test_a_failing_comparison_leaves_no_child_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    from newsdiff.extract import quotes

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(quotes, "extract", broken)
    with pytest.raises(RuntimeError, match="extractor bug"):
        compare([Article(id="a", text="One sentence.")], parallel=True)
    assert multiprocessing.active_children() == []
