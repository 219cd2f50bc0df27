"""The YAML config file: where it is, what it may contain, and precise errors when it is wrong.

Every problem with the file (missing, unreadable, not UTF-8, bad YAML, duplicate keys, unknown keys,
wrong types, impossible values, unknown time zone, undefined ``$VARIABLE``) is a :class:`ConfigError`
that names the file, the line and the dotted key, e.g.::

    /home/alex/.config/followup-sync/config.yaml:12: rules.follow_up_call.time: '25:00' is not a time of day

and the CLI exits with :attr:`ConfigError.exit_code` (78, ``EX_CONFIG``) instead of a traceback.

The YAML is composed into a node tree (never constructed with PyYAML's own mapping constructor, which
silently keeps the last of duplicate keys) and converted by hand, which gives a line for every key
path and lets hostile input (alias bombs, deep nesting, unknown tags, huge files) be refused early.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

import yaml
from pydantic import BaseModel, Field, ValidationError, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from followup_sync.rules import DetectionRules, Identity, PlanRules, Strict

#: Files larger than this are refused before parsing: a config is a few kilobytes.
MAX_BYTES = 1 << 20
#: Nodes after alias expansion; a config has a few hundred. Stops "billion laughs" documents.
MAX_NODES = 10_000
#: Nesting depth of mappings and lists; a config needs 4.
MAX_DEPTH = 64
#: How many problems one error reports at most.
MAX_REPORTED = 20

ENV_CONFIG = "FOLLOWUP_SYNC_CONFIG"
DEFAULT_STATE_DIR = "~/.local/state/followup-sync"
DEFAULT_EXPORT_DIR = "~/.local/share/followup-sync/ics"
DEFAULT_CLIENT_SECRET = "~/.config/followup-sync/client_secret.json"
EXAMPLE_NAME = "config.example.yaml"

_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MERGE_TAG = "tag:yaml.org,2002:merge"

Key = tuple[str | int, ...]


# --------------------------------------------------------------------------------------------- errors


class ConfigError(Exception):
    """A problem with the config file, located as precisely as is known.

    ``str(error)`` is ``FILE:LINE: key.path: what is wrong`` (unknown parts omitted); when several
    problems were found, the others follow one per line in the same form (see ``more``).
    """

    exit_code = 78  # EX_CONFIG from sysexits.h

    def __init__(
        self,
        path: Path | str,
        message: str,
        *,
        line: int | None = None,
        key: str | None = None,
        more: tuple[ConfigError, ...] = (),
    ) -> None:
        self.path = Path(path)
        self.line = line
        self.key = key
        self.message = message
        self.more = more
        super().__init__(self.path, line, key, message)

    def location(self) -> str:
        """``FILE:LINE: key.path: message`` for this problem alone."""
        text = str(self.path)
        if self.line is not None:
            text += f":{self.line}"
        if self.key:
            text += f": {self.key}"
        return f"{text}: {self.message}"

    def __str__(self) -> str:
        return "\n".join([self.location(), *(other.location() for other in self.more)])


def _dotted(key: Key) -> str:
    return ".".join(str(part) for part in key)


# --------------------------------------------------------------------------------------------- paths


_VAR = re.compile(
    r"\$(?:\{(?P<braced>[A-Za-z_][A-Za-z0-9_]*)(?::-(?P<default>[^}]*))?\}|(?P<plain>[A-Za-z_][A-Za-z0-9_]*))"
)


def _home(environ: Mapping[str, str]) -> str:
    home = environ.get("HOME")
    if home:
        return home
    try:
        return str(Path.home())
    except (RuntimeError, KeyError, OSError) as exc:
        raise ValueError("cannot expand '~': $HOME is not set") from exc


def expand_path(text: str, environ: Mapping[str, str], base: Path | None) -> Path:
    """Expand ``$VAR``/``${VAR}``/``${VAR:-fallback}`` and a leading ``~``, then anchor at ``base``.

    An undefined variable (without a fallback) is an error: a path silently containing ``$FOO`` would
    create a folder of that name. ``${VAR:-fallback}`` uses the fallback when VAR is unset or empty.
    """

    def substitute(match: re.Match[str]) -> str:
        name = match.group("braced") or match.group("plain")
        value = environ.get(name)
        default = match.group("default")
        if default is not None:
            return value if value else _VAR.sub(substitute, default)
        if value is None:
            raise ValueError(f"environment variable ${name} is not set (write ${{{name}:-fallback}} for a default)")
        return value

    expanded = _VAR.sub(substitute, text)
    if "${" in expanded:
        raise ValueError(f"{text!r} has a malformed ${{...}} variable reference")
    if expanded == "~" or expanded.startswith("~/"):
        expanded = _home(environ) + expanded[1:]
    elif expanded.startswith("~"):
        user_expanded = os.path.expanduser(expanded)
        if user_expanded == expanded:
            raise ValueError(f"cannot expand {expanded.split('/', 1)[0]!r}: no such user")
        expanded = user_expanded
    if not expanded.strip():
        raise ValueError("the path is empty")
    path = Path(expanded)
    if base is not None and not path.is_absolute():
        path = base / path
    return path


def _path_field(value: object, info: ValidationInfo) -> object:
    """Before-validator of every path key; text is expanded, anything else is left to pydantic."""
    if not isinstance(value, str):
        return value
    context = info.context if isinstance(info.context, Mapping) else {}
    environ = context.get("environ")
    if environ is None:
        environ = os.environ
    base = context.get("base")
    return expand_path(value, environ, base if isinstance(base, Path) else None)


# --------------------------------------------------------------------------------------------- model


class LocalCalendar(Strict):
    #: A folder of .ics files or a single .ics file; required when ``calendar.backend`` is ``local``.
    path: Path | None = None
    #: Where generated events are written; ``None`` means ``<state_dir>/calendar``.
    target: Path | None = None

    _paths = field_validator("path", "target", mode="before")(_path_field)


class GoogleCalendar(Strict):
    calendar_id: str = Field(default="primary", min_length=1)
    #: ``None`` means the watched calendar (``calendar_id``) itself.
    target_calendar_id: str | None = Field(default=None, min_length=1)
    #: ``None`` means ``<state_dir>/token.json``.
    token_file: Path | None = None
    client_secret_file: Path = Field(default=DEFAULT_CLIENT_SECRET, validate_default=True)
    #: Override of the Calendar API root, e.g. for a test server.
    api_endpoint: str | None = None
    #: Override of the OAuth token endpoint, e.g. for a test server.
    token_uri: str | None = None

    _paths = field_validator("token_file", "client_secret_file", mode="before")(_path_field)

    @field_validator("api_endpoint", "token_uri")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"https?://[^\s/]", value):
            raise ValueError(f"{value!r} is not an http:// or https:// URL")
        return value

    @property
    def target_id(self) -> str:
        """The calendar generated events go to."""
        return self.target_calendar_id or self.calendar_id


class CalendarConfig(Strict):
    backend: Literal["local", "google"] = "local"
    local: LocalCalendar = Field(default_factory=LocalCalendar)
    google: GoogleCalendar = Field(default_factory=GoogleCalendar)

    @model_validator(mode="after")
    def _local_needs_path(self) -> CalendarConfig:
        if self.backend == "local" and self.local.path is None:
            raise PydanticCustomError(
                "missing_local_path",
                "required when calendar.backend is local (a folder of .ics files or one .ics file)",
                {"at": "local.path"},
            )
        return self


class ExportConfig(Strict):
    dir: Path = Field(default=DEFAULT_EXPORT_DIR, validate_default=True)
    format: Literal["vevent", "vtodo"] = "vevent"

    _paths = field_validator("dir", mode="before")(_path_field)


class ServiceConfig(Strict):
    """How ``followup-sync run`` paces its passes."""

    #: Seconds between passes. A pass with nothing new costs one request per calendar.
    poll_interval: Annotated[int, Field(ge=1, le=86_400)] = 60
    #: Up to this many seconds are added at random to each wait, so clients never poll in step.
    jitter: Annotated[int, Field(ge=0, le=3_600)] = 10
    #: After failed passes the wait doubles, up to this many seconds.
    max_backoff: Annotated[int, Field(ge=1, le=86_400)] = 900


def _section_type(annotation: object) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _fill_sections(model: type[BaseModel], data: object) -> object:
    """A missing or empty (``null``) section means all its defaults, validated like written ones."""
    if not isinstance(data, dict):
        return data
    filled = dict(data)
    for name, field in model.model_fields.items():
        section = _section_type(field.annotation)
        if section is None:
            continue
        if filled.get(name) is None:
            filled[name] = {}
        filled[name] = _fill_sections(section, filled[name])
    return filled


class Config(Strict):
    #: IANA zone for planning; ``None`` means the calendar's own zone.
    timezone: str | None = None
    state_dir: Path = Field(default=DEFAULT_STATE_DIR, validate_default=True)
    calendar: CalendarConfig
    export: ExportConfig = Field(default_factory=ExportConfig)
    detection: DetectionRules = Field(default_factory=DetectionRules)
    identity: Identity = Field(default_factory=Identity)
    rules: PlanRules = Field(default_factory=PlanRules)
    service: ServiceConfig = Field(default_factory=ServiceConfig)
    #: The file this config was read from (not a YAML key).
    source: Path | None = None

    _paths = field_validator("state_dir", mode="before")(_path_field)

    @model_validator(mode="before")
    @classmethod
    def _defaults_for_sections(cls, data: object) -> object:
        return _fill_sections(cls, data)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is None:
            return value
        try:
            ZoneInfo(value)
        except Exception as exc:  # ZoneInfoNotFoundError, ValueError, OSError for odd keys
            raise ValueError(
                f"{value!r} is not a known IANA time zone (e.g. America/New_York, Europe/Berlin, UTC)"
            ) from exc
        return value

    @property
    def zone(self) -> ZoneInfo | None:
        return ZoneInfo(self.timezone) if self.timezone else None

    @property
    def local_target(self) -> Path:
        return self.calendar.local.target or self.state_dir / "calendar"

    @property
    def google_token_file(self) -> Path:
        return self.calendar.google.token_file or self.state_dir / "token.json"


# --------------------------------------------------------------------------------------------- finding


def config_path(explicit: str | Path | None, environ: Mapping[str, str]) -> Path:
    """``--config``, else ``$FOLLOWUP_SYNC_CONFIG``, else ``$XDG_CONFIG_HOME/followup-sync/config.yaml``."""

    def tilde(text: str) -> Path:
        if text == "~" or text.startswith("~/"):
            try:
                return Path(_home(environ) + text[1:])
            except ValueError:
                return Path(text)
        return Path(text).expanduser() if text.startswith("~") else Path(text)

    if explicit is not None:
        return tilde(str(explicit))
    named = environ.get(ENV_CONFIG)
    if named:
        return tilde(named)
    xdg = environ.get("XDG_CONFIG_HOME")
    if xdg and Path(xdg).is_absolute():  # the XDG spec says to ignore relative values
        base = Path(xdg)
    else:
        base = tilde("~/.config")
    return base / "followup-sync" / "config.yaml"


# --------------------------------------------------------------------------------------------- reading


def load_config(path: Path, environ: Mapping[str, str] | None = None) -> Config:
    """Read and validate the config file; every problem is a :class:`ConfigError`."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError(
            path,
            f"no such file; start from the example: copy {EXAMPLE_NAME} (in the followup-sync sources) "
            f"to {path} and edit it, or pass --config / set ${ENV_CONFIG}",
        ) from None
    except IsADirectoryError:
        raise ConfigError(path, "is a folder, not a config file") from None
    except OSError as exc:
        raise ConfigError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise ConfigError(path, f"too large (over {MAX_BYTES // 1024} KiB); a config file is a few KiB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigError(path, f"not UTF-8 text (byte 0x{data[exc.start]:02x})", line=line) from None
    return parse_config(text, path, environ)


def parse_config(text: str, path: Path, environ: Mapping[str, str] | None = None) -> Config:
    """Validate config text as if read from ``path`` (relative paths are anchored at its folder)."""
    path = Path(path)
    if len(text) > MAX_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise ConfigError(path, f"too large (over {MAX_BYTES // 1024} KiB); a config file is a few KiB")
    data, lines = _compose(text, path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a single value"
        raise ConfigError(
            path,
            f"the top level must be keys like 'calendar:' and 'rules:', not {kind}",
            line=lines.get(()),
        )
    if "source" in data:
        raise ConfigError(path, "unknown key (the source file is not set in the file)", line=lines.get(("source",)), key="source")
    context = {"environ": os.environ if environ is None else environ, "base": path.absolute().parent}
    try:
        return Config.model_validate({**data, "source": path.absolute()}, context=context)
    except ValidationError as exc:
        raise _from_validation(exc, path, lines) from None


# --------------------------------------------------------------------------------------------- YAML


def _yaml_error(exc: yaml.YAMLError, text: str, path: Path) -> ConfigError:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and (exc.context or "").startswith("while scanning a simple key"):
            mark = exc.context_mark  # the key lacking its ':' -- the problem mark is on the line after
        parts = [p for p in (exc.context, exc.problem) if p]
        what = ": ".join(parts) if parts else "invalid YAML"
        line = mark.line + 1 if mark is not None else None
    elif isinstance(exc, yaml.reader.ReaderError):
        what = f"character {exc.character!r} is not allowed in YAML" if isinstance(exc.character, str) else str(exc.reason)
        line = len(re.findall(r"\r\n|[\n\r\x85\u2028\u2029]", text[: exc.position])) + 1
    else:
        what, line = "invalid YAML", None
    return ConfigError(path, f"YAML syntax error: {' '.join(what.split())}", line=line)


def _compose(text: str, path: Path) -> tuple[Any, dict[Key, int]]:
    """Parse YAML into plain values plus the 1-based line of every key path."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, text, path) from None
    except RecursionError:
        raise ConfigError(path, "YAML nested too deeply") from None
    if root is None:
        return None, {}
    builder = _Builder(path)
    value = builder.build(root, (), 0)
    return value, builder.lines


class _Builder:
    """Turns a composed node tree into dicts, lists and scalars, checking what PyYAML does not."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines: dict[Key, int] = {}
        self.nodes = 0
        self.merging = 0
        self.constructor = yaml.constructor.SafeConstructor()

    def unsupported(self, node: yaml.Node, key: Key) -> ConfigError:
        tag = str(node.tag)
        tag = "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag
        return self.error(node, key, f"unsupported YAML tag {tag}")

    def error(self, node: yaml.Node, key: Key, message: str) -> ConfigError:
        return ConfigError(self.path, message, line=node.start_mark.line + 1, key=_dotted(key) or None)

    def mark(self, key: Key, node: yaml.Node) -> None:
        line = node.start_mark.line + 1
        if self.merging:
            self.lines.setdefault(key, line)
        else:
            self.lines[key] = line

    def build(self, node: yaml.Node, key: Key, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self.error(node, key[:1], f"document too large: over {MAX_NODES} values after expanding aliases")
        if depth > MAX_DEPTH:
            raise self.error(node, key[:1], f"nested more than {MAX_DEPTH} levels deep")
        if not key:
            self.mark(key, node)
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, key, depth)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ_TAG:
                raise self.unsupported(node, key)
            items = []
            for index, item in enumerate(node.value):
                self.mark(key + (index,), item)
                items.append(self.build(item, key + (index,), depth + 1))
            return items
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as exc:
            problem = " ".join(str(exc.problem or "invalid value").split())
            if "could not determine a constructor" in problem:
                raise self.unsupported(node, key) from None
            raise self.error(node, key, problem) from None
        except Exception as exc:  # e.g. a timestamp like 2024-02-30 or "!!int abc"
            raise self.error(node, key, f"invalid {node.tag.rsplit(':', 1)[-1]} value {node.value!r}: {exc}") from None

    def mapping(self, node: yaml.MappingNode, key: Key, depth: int) -> dict[str, Any]:
        if node.tag != _MAP_TAG:
            raise self.unsupported(node, key)
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        merged: list[dict[str, Any]] = []
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.error(key_node, key, "a key must be plain text, not a list or mapping")
            name = key_node.value
            line = key_node.start_mark.line + 1
            if name in first_line:
                raise self.error(key_node, key + (name,), f"duplicate key (first at line {first_line[name]})")
            first_line[name] = line
            if key_node.tag == _MERGE_TAG:
                merged.extend(self.merge_sources(value_node, key, depth))
                continue
            self.mark(key + (name,), key_node)
            result[name] = self.build(value_node, key + (name,), depth + 1)
        for source in merged:  # explicit keys win over merged ones; earlier merges over later ones
            for name, value in source.items():
                result.setdefault(name, value)
        return result

    def merge_sources(self, node: yaml.Node, key: Key, depth: int) -> list[dict[str, Any]]:
        sources = node.value if isinstance(node, yaml.SequenceNode) else [node]
        built = []
        self.merging += 1
        try:
            for source in sources:
                if not isinstance(source, yaml.MappingNode):
                    raise self.error(source, key, "'<<' merges only mappings")
                built.append(self.mapping(source, key, depth + 1))
                self.nodes += 1
        finally:
            self.merging -= 1
        return built


# --------------------------------------------------------------------------------------------- messages


def _model_at(loc: Key) -> type[BaseModel] | None:
    """The config section a location points into, for suggesting key names."""
    model: type[BaseModel] | None = Config
    for part in loc:
        if model is None or not isinstance(part, str) or part not in model.model_fields:
            return None
        model = _section_type(model.model_fields[part].annotation)
    return model


def _short(value: object) -> str:
    if isinstance(value, dict):
        return "a section of keys"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing (null)"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_TYPE_MESSAGES = {
    "int_parsing": "expected a whole number",
    "int_type": "expected a whole number",
    "int_from_float": "expected a whole number",
    "float_parsing": "expected a number",
    "float_type": "expected a number",
    "bool_parsing": "expected true or false",
    "bool_type": "expected true or false",
    "string_type": "expected text",
    "dict_type": "expected a section of key: value lines",
    "model_type": "expected a section of key: value lines",
    "model_attributes_type": "expected a section of key: value lines",
    "tuple_type": "expected a list",
    "list_type": "expected a list",
    "path_type": "expected a file or folder path",
    "time_type": "expected a time of day as text, e.g. \"09:30\"",
    "enum": None,
    "literal_error": None,
}


#: Keys of earlier versions, and what replaced them: an old config must say how to fix it.
_REPLACED = {
    "within_business_days": "no longer used: the letter is now timed in hours after the interview; "
                            "use thank_you.within_hours (default 24)",
    "same_day_if_decision_within_days": "no longer used: a near decision is now counted in business days; "
                                        "use rules.near_decision_business_days (default 5) and "
                                        "thank_you.same_day_if_minutes_left",
}


def _message(error: Mapping[str, Any], loc: Key) -> str:
    kind = error["type"]
    msg = str(error["msg"])
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "required"
    if kind == "extra_forbidden" and loc:
        if str(loc[-1]) in _REPLACED:
            return _REPLACED[str(loc[-1])]
        model = _model_at(loc[:-1])
        names = [n for n in (model.model_fields if model else {}) if not (model is Config and n == "source")]
        close = difflib.get_close_matches(str(loc[-1]), names, n=1, cutoff=0.6)
        if close:
            return f"unknown key; did you mean {close[0]!r}?"
        if names:
            return "unknown key; expected one of: " + ", ".join(names)
        return "unknown key"
    if kind == "value_error":
        return " ".join(msg.removeprefix("Value error, ").split())
    if kind == "assertion_error":
        return " ".join(msg.removeprefix("Assertion failed, ").split())
    if kind == "greater_than_equal":
        return f"must be at least {ctx.get('ge')}, got {_short(value)}"
    if kind == "less_than_equal":
        return f"must be at most {ctx.get('le')}, got {_short(value)}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind in _TYPE_MESSAGES and _TYPE_MESSAGES[kind]:
        text = f"{_TYPE_MESSAGES[kind]}, got {_short(value)}"
        if kind == "string_type" and isinstance(value, (bool, int, float)) or (
            kind in ("time_type",) and isinstance(value, int)
        ):
            text += " (put it in quotes: YAML reads yes/no/on/off as true/false, and 09:30 or 123 as numbers)"
        return text
    if msg.startswith("Input should be "):
        msg = "expected " + msg.removeprefix("Input should be ")
    if kind not in ("missing_local_path",) and not isinstance(value, (dict, list)):
        msg = f"{msg}, got {_short(value)}"
    return " ".join(msg.split())


def _from_validation(exc: ValidationError, path: Path, lines: Mapping[Key, int]) -> ConfigError:
    problems: list[ConfigError] = []
    for error in exc.errors(include_url=False):
        loc: Key = tuple(error["loc"])
        at = (error.get("ctx") or {}).get("at")
        if isinstance(at, str):
            loc += tuple(at.split("."))
        # The deepest key on the path that is in the file (a missing key points at its section).
        line = lines.get(()) if not loc else None
        for end in range(len(loc), 0, -1):
            if loc[:end] in lines:
                line = lines[loc[:end]]
                break
        problems.append(ConfigError(path, _message(error, loc), line=line, key=_dotted(loc) or None))
    problems.sort(key=lambda p: (p.line is None, p.line or 0))
    problems = problems[:MAX_REPORTED] or [ConfigError(path, "invalid config")]
    first = problems[0]
    return ConfigError(path, first.message, line=first.line, key=first.key, more=tuple(problems[1:]))
