"""Config: defaults, YAML and pyproject discovery, and refusal of unknown keys or bad values."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.config import Config, discover, from_mapping, read_config
from newsdiff.errors import ConfigError


def test_default_config_is_the_empty_mapping() -> None:
    assert from_mapping(None) == Config()
    assert from_mapping({}) == Config()


def test_values_are_read_per_section() -> None:
    cfg = from_mapping({"align": {"threshold": 0.7}, "report": {"fail_on": "quotes,dates"}})
    assert cfg.align.threshold == 0.7
    assert cfg.report.fail_on == ("quotes", "dates")
    assert cfg.load == Config().load


def test_int_is_accepted_for_float() -> None:
    assert from_mapping({"align": {"threshold": 1}}).align.threshold == 1.0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"nosuch": {}}, "unknown key nosuch"),
        ({"align": {"thresold": 0.5}}, "unknown key align.thresold"),
        ({"align": {"threshold": "high"}}, "align.threshold: expected float"),
        ({"load": {"max_bytes": 1.5}}, "load.max_bytes: expected int"),
        ({"load": {"max_bytes": True}}, "load.max_bytes: expected int"),
        ({"align": []}, "align: expected a mapping"),
        ([1, 2], "expected a mapping of sections"),
    ],
)
def test_bad_config_names_the_key(data: object, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        from_mapping(data, where="newsdiff.yaml")
    assert str(err.value).startswith(f"newsdiff.yaml: {message}")


def test_yaml_file_is_read_with_safe_load(tmp_path: Path) -> None:
    path = tmp_path / "newsdiff.yaml"
    path.write_text("align:\n  threshold: 0.66\n", encoding="utf-8")
    assert read_config(path).align.threshold == 0.66
    path.write_text("align: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid YAML"):
        read_config(path)


def test_invalid_yaml_reports_the_line(tmp_path: Path) -> None:
    path = tmp_path / "newsdiff.yaml"
    path.write_text("align:\n  threshold: [0.5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"invalid YAML at line \d"):
        read_config(path)


def test_discovery_prefers_newsdiff_yaml_then_pyproject(tmp_path: Path) -> None:
    assert discover(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text("[project]\nname='x'\n", encoding="utf-8")
    assert discover(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text(
        "[tool.newsdiff.align]\nthreshold = 0.8\n", encoding="utf-8"
    )
    assert discover(tmp_path) == str(tmp_path / "pyproject.toml")
    assert discover(str(tmp_path)) == str(tmp_path / "pyproject.toml")
    assert read_config(tmp_path / "pyproject.toml").align.threshold == 0.8
    assert read_config(str(tmp_path / "pyproject.toml")).align.threshold == 0.8
    (tmp_path / "newsdiff.yaml").write_text("{}\n", encoding="utf-8")
    assert discover(tmp_path) == str(tmp_path / "newsdiff.yaml")


def test_bad_toml_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text("[tool.newsdiff\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        read_config(path)
