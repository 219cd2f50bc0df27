"""The config file: defaults, paths, and an error naming FILE:LINE: key for every kind of mistake."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from followup_sync.config import (
    MAX_BYTES,
    CalendarConfig,
    Config,
    ConfigError,
    GoogleCalendar,
    LocalCalendar,
    _compose,
    config_path,
    load_config,
    parse_config,
)
from followup_sync.rules import DetectionRules, Identity, PlanRules

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "config.example.yaml"
ENV = {"HOME": "/home/alex"}
OK = "calendar:\n  local:\n    path: cal\n"  # a minimal valid config, 3 lines


def error_of(text: str, tmp_path: Path, environ: dict[str, str] | None = None) -> ConfigError:
    file = tmp_path / "config.yaml"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(file, ENV if environ is None else environ)
    assert info.value.exit_code == 78
    assert info.value.path == file
    return info.value


# ------------------------------------------------------------------------------------------ good


def test_minimal_config_gets_every_default(tmp_path: Path) -> None:
    cfg = parse_config(OK, tmp_path / "c.yaml", ENV)
    assert cfg.timezone is None and cfg.zone is None
    assert cfg.state_dir == Path("/home/alex/.local/state/followup-sync")
    assert cfg.calendar.backend == "local"
    assert cfg.calendar.local.path == tmp_path / "cal"
    assert cfg.local_target == Path("/home/alex/.local/state/followup-sync/calendar")
    assert cfg.google_token_file == Path("/home/alex/.local/state/followup-sync/token.json")
    assert cfg.calendar.google.calendar_id == "primary"
    assert cfg.calendar.google.target_calendar_id is None
    assert cfg.calendar.google.target_id == "primary"
    assert cfg.calendar.google.client_secret_file == Path("/home/alex/.config/followup-sync/client_secret.json")
    assert cfg.calendar.google.api_endpoint is None and cfg.calendar.google.token_uri is None
    assert cfg.export.dir == Path("/home/alex/.local/share/followup-sync/ics")
    assert cfg.export.format == "vevent"
    assert cfg.detection == DetectionRules()
    assert cfg.identity == Identity()
    assert cfg.rules == PlanRules()
    assert cfg.source == (tmp_path / "c.yaml").absolute()


def test_null_sections_mean_defaults(tmp_path: Path) -> None:
    text = OK + "  google:\nexport:\ndetection:\nidentity:\nrules:\n  thank_you:\n"
    cfg = parse_config(text, tmp_path / "c.yaml", ENV)
    assert cfg.rules == PlanRules() and cfg.detection == DetectionRules()
    assert cfg.export.dir == Path("/home/alex/.local/share/followup-sync/ics")


def test_google_backend_needs_no_local_path(tmp_path: Path) -> None:
    text = """\
state_dir: /var/lib/fs
calendar:
  backend: google
  google:
    calendar_id: work@group.calendar.google.com
    target_calendar_id: tasks@group.calendar.google.com
    api_endpoint: http://127.0.0.1:8080/
    token_uri: http://127.0.0.1:8080/token
"""
    cfg = parse_config(text, tmp_path / "c.yaml", ENV)
    assert cfg.calendar.local.path is None
    assert cfg.google_token_file == Path("/var/lib/fs/token.json")
    assert cfg.calendar.google.target_id == "tasks@group.calendar.google.com"
    assert cfg.calendar.google.api_endpoint == "http://127.0.0.1:8080/"


def test_explicit_targets_win(tmp_path: Path) -> None:
    text = OK + "    target: out\n  google:\n    token_file: tok.json\n"
    cfg = parse_config(text, tmp_path / "c.yaml", ENV)
    assert cfg.local_target == tmp_path / "out"
    assert cfg.google_token_file == tmp_path / "tok.json"


def test_rules_values_are_read(tmp_path: Path) -> None:
    text = OK + """\
timezone: Europe/Berlin
rules:
  workdays: [mon, wed]
  working_hours: {start: "08:00", end: "12:30"}
  holidays: {country: "DE", subdivision: "BE"}
  thank_you: {within_hours: 48, default_style: creative}
  follow_up_call: {days_after: 10, before_decision_until: "11:30"}
  gap_minutes: 0
  near_decision_business_days: 3
  before_interview: {enabled: false}
identity: {emails: [me@example.org], name: Alex}
detection: {keywords: [chat], lookback_days: 0}
export: {format: vtodo}
"""
    cfg = parse_config(text, tmp_path / "c.yaml", ENV)
    assert str(cfg.zone) == "Europe/Berlin"
    assert cfg.rules.workdays == ("mon", "wed")
    assert cfg.rules.working_hours.end.hour == 12 and cfg.rules.working_hours.end.minute == 30
    assert cfg.rules.holidays.country == "DE"
    assert cfg.rules.thank_you.within_hours == 48
    assert cfg.rules.follow_up_call.before_decision_until.minute == 30
    assert cfg.rules.gap_minutes == 0 and cfg.rules.near_decision_business_days == 3
    assert not cfg.rules.before_interview.enabled
    assert cfg.rules.thank_you.default_style == "creative"
    assert cfg.rules.follow_up_call.days_after == 10
    assert cfg.identity.emails == ("me@example.org",) and cfg.identity.name == "Alex"
    assert cfg.detection.keywords == ("chat",) and cfg.detection.lookback_days == 0
    assert cfg.export.format == "vtodo"


def test_merge_keys_and_anchors_work(tmp_path: Path) -> None:
    text = OK + """\
rules:
  thank_you: &slot {time: "08:00", duration_minutes: 20}
  keep_searching:
    <<: *slot
    duration_minutes: 45
"""
    cfg = parse_config(text, tmp_path / "c.yaml", ENV)
    assert cfg.rules.keep_searching.time.hour == 8
    assert cfg.rules.keep_searching.duration_minutes == 45  # the explicit key wins over the merge


def test_direct_construction_without_a_file() -> None:
    cfg = Config(calendar=CalendarConfig(local=LocalCalendar(path=Path("/cal"))), state_dir=Path("/s"))
    assert cfg.local_target == Path("/s/calendar")
    assert cfg.source is None
    with pytest.raises(ValueError):
        CalendarConfig()
    assert CalendarConfig(backend="google", google=GoogleCalendar(calendar_id="x")).google.target_id == "x"


# ------------------------------------------------------------------------------------------ paths


def test_tilde_and_environment_variables_are_expanded(tmp_path: Path) -> None:
    env = {"HOME": "/home/alex", "XDG_STATE_HOME": "/xdg/state", "CAL": "/data/cal", "EMPTY": ""}
    text = """\
state_dir: ${XDG_STATE_HOME}/followup-sync
calendar:
  local:
    path: $CAL/work.ics
    target: ${MISSING:-~/fallback}/out
export:
  dir: ~/ics/${EMPTY:-$CAL}
"""
    cfg = parse_config(text, tmp_path / "c.yaml", env)
    assert cfg.state_dir == Path("/xdg/state/followup-sync")
    assert cfg.calendar.local.path == Path("/data/cal/work.ics")
    assert cfg.calendar.local.target == Path("/home/alex/fallback/out")
    assert cfg.export.dir == Path("/home/alex/ics/data/cal")


def test_environ_defaults_to_the_process_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FS_TEST_DIR", "/from/env")
    cfg = parse_config("calendar: {local: {path: $FS_TEST_DIR}}", tmp_path / "c.yaml")
    assert cfg.calendar.local.path == Path("/from/env")


def test_relative_paths_are_relative_to_the_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "conf"
    folder.mkdir()
    (folder / "config.yaml").write_text("state_dir: state\ncalendar: {local: {path: ../cal/x.ics}}\n")
    monkeypatch.chdir(tmp_path)  # the config is named relative to the current folder...
    cfg = load_config(Path("conf/config.yaml"), ENV)
    assert cfg.state_dir == tmp_path / "conf" / "state"  # ...but paths in it follow the file
    assert cfg.calendar.local.path == tmp_path / "conf" / ".." / "cal" / "x.ics"
    assert cfg.local_target == tmp_path / "conf" / "state" / "calendar"
    assert cfg.source == tmp_path / "conf" / "config.yaml"


def test_absolute_paths_stay(tmp_path: Path) -> None:
    cfg = parse_config("calendar: {local: {path: /abs/cal}}", tmp_path / "c.yaml", ENV)
    assert cfg.calendar.local.path == Path("/abs/cal")


# ------------------------------------------------------------------------------------------ config_path


def test_config_path_precedence() -> None:
    env = {"HOME": "/home/alex", "FOLLOWUP_SYNC_CONFIG": "/etc/fs.yaml", "XDG_CONFIG_HOME": "/xdg"}
    assert config_path("given.yaml", env) == Path("given.yaml")
    assert config_path(Path("/x/y.yaml"), env) == Path("/x/y.yaml")
    assert config_path(None, env) == Path("/etc/fs.yaml")
    assert config_path(None, {"HOME": "/home/alex", "XDG_CONFIG_HOME": "/xdg"}) == Path(
        "/xdg/followup-sync/config.yaml"
    )
    assert config_path(None, {"HOME": "/home/alex"}) == Path("/home/alex/.config/followup-sync/config.yaml")
    # Empty values count as unset; a relative XDG_CONFIG_HOME is ignored, as the XDG spec says.
    assert config_path(None, {"HOME": "/h", "FOLLOWUP_SYNC_CONFIG": "", "XDG_CONFIG_HOME": ""}) == Path(
        "/h/.config/followup-sync/config.yaml"
    )
    assert config_path(None, {"HOME": "/h", "XDG_CONFIG_HOME": "rel"}) == Path("/h/.config/followup-sync/config.yaml")
    assert config_path("~/c.yaml", {"HOME": "/h"}) == Path("/h/c.yaml")
    assert config_path(None, {"HOME": "/h", "FOLLOWUP_SYNC_CONFIG": "~/c.yaml"}) == Path("/h/c.yaml")


# ------------------------------------------------------------------------------------------ the example


def test_example_loads() -> None:
    cfg = load_config(EXAMPLE, ENV)
    assert cfg.calendar.backend == "local"
    assert cfg.calendar.local.path == REPO / "examples" / "calendar"
    assert cfg.timezone == "America/New_York"
    assert cfg.identity.emails == ("alex.candidate@example.com",)
    assert cfg.state_dir == Path("/home/alex/.local/state/followup-sync")
    assert cfg.export.dir == Path("/home/alex/.local/share/followup-sync/ics")
    assert cfg.calendar.google == GoogleCalendar.model_validate({}, context={"environ": ENV})


def test_example_documents_the_true_defaults() -> None:
    """The example shows each rule's default; a changed default must be changed there too."""
    cfg = load_config(EXAMPLE, ENV)
    assert cfg.detection == DetectionRules()
    assert cfg.rules == PlanRules()
    assert cfg.identity.name is None


def _field_paths(model: type[BaseModel], prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = []
    for name, field in model.model_fields.items():
        if model is Config and name == "source":
            continue
        paths.append(prefix + (name,))
        ann = field.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            paths.extend(_field_paths(ann, prefix + (name,)))
    return paths


def test_example_has_every_key_and_explains_it() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    data, lines = _compose(text, EXAMPLE)
    source_lines = text.splitlines()
    paths = _field_paths(Config)
    assert len(paths) > 40
    for path in paths:
        assert path in lines, f"config.example.yaml lacks the key {'.'.join(path)}"
    # Every section and every key that is not self-explanatory has a comment right above it
    # (or above its group of keys): find the nearest non-key line above and require a comment.
    uncommented = []
    for path in paths:
        row = lines[path] - 1
        above = row - 1
        while above >= 0 and ":" in source_lines[above] and not source_lines[above].lstrip().startswith("#"):
            sibling = source_lines[above]
            indent = len(source_lines[row]) - len(source_lines[row].lstrip())
            if len(sibling) - len(sibling.lstrip()) != indent:
                break
            above -= 1
        commented = above >= 0 and source_lines[above].lstrip().startswith("#")
        if not (commented or "#" in source_lines[row]):
            uncommented.append(".".join(path))
    assert not uncommented, f"keys without an explaining comment in config.example.yaml: {uncommented}"


# ------------------------------------------------------------------------------------------ bad configs

BAD = [
    # (config text, "LINE: key" expected after "FILE:", a phrase of the message)
    ("", None, "calendar.local.path", "required when calendar.backend is local"),
    ("timezone: UTC\n", None, "calendar.local.path", "required"),
    ("calendar:\n  backend: local\n  local:\n    target: out\n", 3, "calendar.local.path", "required"),
    ("calendar:\n  backend: local\n", 1, "calendar.local.path", "required"),
    ("calendar:\n  locl: {}\n", 2, "calendar.locl", "unknown key; did you mean 'local'?"),
    (OK + "calender: {}\n", 4, "calender", "did you mean 'calendar'?"),
    (OK + "rules:\n  reminder_minutes: soon\n", 5, "rules.reminder_minutes", "expected a whole number, got 'soon'"),
    (OK + "rules:\n  follow_up_call:\n    time: \"25:00\"\n", 6, "rules.follow_up_call.time", "is not a time of day"),
    (OK + "rules:\n  thank_you:\n    time: 9:30\n", 6, "rules.thank_you.time", "as text"),
    (
        OK + "rules:\n  working_hours:\n    start: \"10:00\"\n    end: \"09:00\"\n",
        5,
        "rules.working_hours",
        "working hours must end after they start",
    ),
    (OK + "detection:\n  lookback_days: -1\n", 5, "detection.lookback_days", "must be at least 0, got -1"),
    (OK + "rules: {follow_up_call: {days_after: 3}}\n", 4, "rules.follow_up_call.days_after", "at least 7"),
    (OK + "timezone: Mars/Olympus\n", 4, "timezone", "'Mars/Olympus' is not a known IANA time zone"),
    (OK + "timezone: ../../etc/passwd\n", 4, "timezone", "not a known IANA time zone"),
    (OK + "rules:\n  workdays:\n    - mon\n    - tue\n    - funday\n", 8, "rules.workdays.2", "expected 'mon'"),
    (OK + "rules: {workdays: []}\n", 4, "rules.workdays", "at least one workday"),
    (OK + "calendar2: 1\n", 4, "calendar2", "unknown key"),
    ("calendar:\n  backend: outlook\n", 2, "calendar.backend", "expected 'local' or 'google', got 'outlook'"),
    ("calendar: 5\n", 1, "calendar", "expected a section of key: value lines, got 5"),
    ("calendar: [local]\n", 1, "calendar", "expected a section"),
    (OK + "export:\n  format: vcal\n", 5, "export.format", "expected 'vevent' or 'vtodo'"),
    (OK + "identity:\n  emails: me@example.org\n", 5, "identity.emails", "expected a list"),
    (OK + "rules:\n  holidays:\n    country: NO\n", 6, "rules.holidays.country", "put it in quotes"),
    (OK + "detection: {tag: 7}\n", 4, "detection.tag", "expected text, got 7"),
    (OK + "rules: {details: {enabled: maybe}}\n", 4, "rules.details.enabled", "expected true or false"),
    (OK + "source: /x\n", 4, "source", "unknown key"),
    (OK + "state_dir: $NOT_SET/fs\n", 4, "state_dir", "environment variable $NOT_SET is not set"),
    (OK + "export: {dir: \"${BROKEN\"}\n", 4, "export.dir", "malformed"),
    ("calendar: {local: {path: \"\"}}\n", 1, "calendar.local.path", "the path is empty"),
    (
        "calendar:\n  backend: google\n  google:\n    api_endpoint: ftp://x\n",
        4,
        "calendar.google.api_endpoint",
        "not an http:// or https:// URL",
    ),
    ("calendar:\n  backend: google\n  google: {calendar_id: \"\"}\n", 3, "calendar.google.calendar_id", "empty"),
    # duplicate keys at several depths
    ("calendar:\n  local:\n    path: a\n    path: b\n", 4, "calendar.local.path", "duplicate key (first at line 3)"),
    (OK + "timezone: UTC\ntimezone: UTC\n", 5, "timezone", "duplicate key (first at line 4)"),
    (OK + "calendar: {}\n", 4, "calendar", "duplicate key (first at line 1)"),
    ("calendar:\n  local: {path: a}\n  local: {path: b}\n", 3, "calendar.local", "duplicate key"),
    ("calendar: {local: {path: a, path: b}}\n", 1, "calendar.local.path", "duplicate key"),
    (
        OK + "rules:\n  thank_you:\n    time: \"09:00\"\n    enabled: true\n    time: \"10:00\"\n",
        8,
        "rules.thank_you.time",
        "duplicate key (first at line 6)",
    ),
    # not a mapping at the top
    ("- a\n- b\n", 1, None, "the top level must be keys"),
    ("just text\n", 1, None, "not a single value"),
    ("\n\n42\n", 3, None, "the top level must be keys"),
    # YAML problems
    (OK + "rules: [\n", 5, None, "YAML syntax error"),
    ("calendar:\n  local:\n   path: a\n  bad\n", 4, None, "YAML syntax error"),
    ("calendar:\n\tlocal: x\n", 2, None, "YAML syntax error"),
    ("a: 1\n---\nb: 2\n", 2, None, "expected a single document"),
    (OK + "x: *nowhere\n", 4, None, "undefined alias"),
    ("calendar: !!python/object/apply:os.system [echo hi]\n", 1, "calendar", "unsupported YAML tag !!python/object/apply:os.system"),
    ("calendar: {local: {path: !!python/name:os.system ''}}\n", 1, "calendar.local.path", "unsupported YAML tag"),
    (OK + "when: !custom 1\n", 4, "when", "unsupported YAML tag !custom"),
    (OK + "ts: 2024-02-30\n", 4, "ts", "invalid timestamp value"),
    (OK + "n: !!int abc\n", 4, "n", "invalid int value"),
    (OK + "s: !!set {a, b}\n", 4, "s", "unsupported YAML tag !!set"),
    (OK + "? [a, b]\n: c\n", 4, None, "a key must be plain text"),
    (OK + "x: \"\x07\"\n", 4, None, "YAML syntax error"),
]


@pytest.mark.parametrize(("text", "line", "key", "phrase"), BAD, ids=[f"bad{i}" for i in range(len(BAD))])
def test_bad_config_names_file_line_and_key(
    tmp_path: Path, text: str, line: int | None, key: str | None, phrase: str
) -> None:
    err = error_of(text, tmp_path)
    file = tmp_path / "config.yaml"
    assert err.line == line
    assert err.key == key
    first = str(err).splitlines()[0]
    expected = str(file) + (f":{line}" if line is not None else "") + (f": {key}" if key else "") + ": "
    assert first.startswith(expected), first
    assert phrase in first, first
    assert "Value error" not in str(err) and "http" not in str(err).replace("http://", "").replace("https://", "")
    assert "errors.pydantic.dev" not in str(err)


def test_several_problems_are_listed_in_file_order(tmp_path: Path) -> None:
    text = OK + "rules:\n  reminder_minutes: soon\ntimezone: Mars/Olympus\ndetection: {lookback_days: 999}\n"
    err = error_of(text, tmp_path)
    lines = str(err).splitlines()
    file = str(tmp_path / "config.yaml")
    assert lines == [
        f"{file}:5: rules.reminder_minutes: expected a whole number, got 'soon'",
        f"{file}:6: timezone: 'Mars/Olympus' is not a known IANA time zone (e.g. America/New_York, Europe/Berlin, UTC)",
        f"{file}:7: detection.lookback_days: must be at most 365, got 999",
    ]
    assert (err.line, err.key) == (5, "rules.reminder_minutes")
    assert [(m.line, m.key) for m in err.more] == [(6, "timezone"), (7, "detection.lookback_days")]


def test_error_str_omits_unknown_parts() -> None:
    assert str(ConfigError(Path("/c.yaml"), "boom")) == "/c.yaml: boom"
    assert str(ConfigError(Path("/c.yaml"), "boom", line=3)) == "/c.yaml:3: boom"
    assert str(ConfigError(Path("/c.yaml"), "boom", key="a.b")) == "/c.yaml: a.b: boom"
    assert str(ConfigError(Path("/c.yaml"), "boom", line=3, key="a.b")) == "/c.yaml:3: a.b: boom"
    assert ConfigError.exit_code == 78


# ------------------------------------------------------------------------------------------ the file itself


def test_missing_file_says_how_to_start(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    with pytest.raises(ConfigError) as info:
        load_config(missing, ENV)
    assert str(info.value).startswith(f"{missing}: no such file")
    assert "config.example.yaml" in str(info.value)
    assert info.value.line is None and info.value.exit_code == 78


def test_folder_is_not_a_config(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="is a folder"):
        load_config(tmp_path, ENV)


def test_unreadable_file_via_os_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(builtins, "open", refuse)
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "c.yaml", ENV)
    assert str(info.value) == f"{tmp_path / 'c.yaml'}: cannot read: Permission denied"


def test_not_utf8(tmp_path: Path) -> None:
    file = tmp_path / "c.yaml"
    file.write_bytes(b"calendar:\n  local:\n    path: caf\xe9\n")
    with pytest.raises(ConfigError) as info:
        load_config(file, ENV)
    assert str(info.value) == f"{file}:3: not UTF-8 text (byte 0xe9)"


def test_utf8_bom_is_fine(tmp_path: Path) -> None:
    file = tmp_path / "c.yaml"
    file.write_bytes(b"\xef\xbb\xbf" + OK.encode())
    assert load_config(file, ENV).calendar.local.path == tmp_path / "cal"


def test_huge_file_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "c.yaml"
    file.write_bytes(OK.encode() + b"#" * MAX_BYTES)
    with pytest.raises(ConfigError, match="too large"):
        load_config(file, ENV)
    with pytest.raises(ConfigError, match="too large"):
        parse_config(OK + "#" * MAX_BYTES, file, ENV)


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for name, prev in zip("bcdefghi", "abcdefgh"):
        rows.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    err = error_of("\n".join(rows) + "\n", tmp_path)
    assert "document too large" in err.message
    assert err.line is not None


def test_recursive_alias_is_refused(tmp_path: Path) -> None:
    err = error_of("a: &a [*a]\n", tmp_path)
    assert "nested more than" in err.message
    assert err.key == "a"


@pytest.mark.slow
def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    assert "nested" in error_of("[" * 20000 + "]" * 20000, tmp_path).message
    assert "nested" in error_of("a:\n" + "".join(" " * i + "- \n" for i in range(1, 200)), tmp_path).message


def test_null_bytes_and_control_characters(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        parse_config("calendar: {local: {path: a\x00b}}", tmp_path / "c.yaml", ENV)


# ------------------------------------------------------------------------------------------ fuzzing

_KEYS = sorted({part for path in _field_paths(Config) for part in path} | {"<<", "x"})
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["09:00", "25:00", "local", "google", "vtodo", "mon", "UTC", "Mars/Olympus", "~", "$X", "${Y:-z}", ""]),
    st.text(max_size=20),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(_KEYS), inner, max_size=5),
    ),
    max_leaves=25,
)
_SHAPED = st.fixed_dictionaries(
    {},
    optional={
        "calendar": st.fixed_dictionaries(
            {},
            optional={
                "backend": st.sampled_from(["local", "google", "x"]),
                "local": st.dictionaries(st.sampled_from(["path", "target", "x"]), _scalars, max_size=2),
                "google": st.dictionaries(st.sampled_from(_KEYS), _scalars, max_size=3),
            },
        ),
        "rules": st.dictionaries(st.sampled_from(_KEYS), _values, max_size=4),
        "detection": st.dictionaries(st.sampled_from(_KEYS), _values, max_size=4),
        "timezone": _scalars,
        "state_dir": _scalars,
        "export": _values,
        "identity": _values,
    },
)
_YAMLISH = st.lists(
    st.sampled_from(list("abc:-[]{}&*!|>'\"#%@`?,\n\t ~$\\\x00\x85\u2028\ufeffé面") + ["  ", "<<", "!!", "---"]),
    max_size=60,
).map("".join)


def _only_config_errors(text: str) -> None:
    try:
        cfg = parse_config(text, Path("/fuzz/config.yaml"), ENV)
    except ConfigError as err:
        first = str(err).splitlines()[0]
        assert first.startswith("/fuzz/config.yaml")
        assert err.exit_code == 78
    else:
        assert isinstance(cfg, Config)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), _YAMLISH))
def test_fuzz_random_text_only_raises_config_error(text: str) -> None:
    _only_config_errors(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=200))
def test_fuzz_random_bytes_only_raise_config_error(data: bytes) -> None:
    _only_config_errors(data.decode("utf-8", "replace"))
    _only_config_errors(data.decode("latin-1"))


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_SHAPED, _values))
def test_fuzz_shaped_yaml_only_raises_config_error(data: object) -> None:
    _only_config_errors(yaml.safe_dump(data, allow_unicode=True))


@pytest.mark.parametrize(("rules", "key", "message"), [
    ("  working_hours: {start: \"09:00\", end: \"10:00\"}\n  thank_you: {duration_minutes: 120}\n",
     "rules", "longer than the working day"),
    ("  holidays: {country: XX}\n", "rules.holidays", "unknown holiday country 'XX'"),
    ("  holidays: {country: US, subdivision: ZZ}\n", "rules.holidays", "unknown subdivision 'ZZ' of US"),
])
def test_rules_that_would_break_every_pass_fail_the_check(tmp_path: Path, rules: str, key: str, message: str) -> None:
    text = "calendar:\n  backend: local\n  local:\n    path: x\nrules:\n" + rules
    with pytest.raises(ConfigError) as info:
        parse_config(text, tmp_path / "c.yaml", ENV)
    assert f": {key}: " in str(info.value) and message in str(info.value) and info.value.exit_code == 78


@pytest.mark.parametrize(("key", "line", "says"), [
    ("within_business_days: 1", 4, "use thank_you.within_hours"),
    ("same_day_if_decision_within_days: 3", 4, "use rules.near_decision_business_days"),
])
def test_keys_of_earlier_versions_say_what_replaced_them(tmp_path: Path, key: str, line: int, says: str) -> None:
    error = error_of(f"rules:\n  thank_you:\n    time: \"09:00\"\n    {key}\n", tmp_path)
    assert error.line == line and error.key == f"rules.thank_you.{key.split(':')[0]}"
    assert says in str(error)
