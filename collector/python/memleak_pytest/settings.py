"""Resolves the measurement settings of one leak test.

Precedence, highest first: the marker's or check()'s arguments, the environment (MEMLEAK_*),
the pytest ini file (memleak_*), the built-in defaults. Session-wide values are resolved once,
when pytest starts, so a bad environment variable or ini value stops the run with a message
naming it instead of failing every leak test separately.
"""
import dataclasses
import os

# Why these defaults: see collector/python/README.md ("How the defaults were chosen").
DEFAULT_BATCHES = 8
DEFAULT_WARMUP = 2
DEFAULT_TRACEBACK_DEPTH = 32
DEFAULT_MAX_SITES = 200
DEFAULT_SNAPSHOT_DIR = "memory_snapshots"
# Quiet enough for CI logs (a test under 10 s prints nothing), frequent enough to show a slow one is alive.
DEFAULT_PROGRESS_SECONDS = 10
AUTO = "auto"
# The automatic batch size makes a batch last about this long under the screen's tracing (timed
# in the first warm-up batch), so the fixed per-batch cost (gc.collect() and a tracemalloc
# snapshot, about 1-5 ms) stays a small share of the batch, and a leak test of microsecond
# operations takes well under a second (50 ms made 60 such tests take 1.5 s of CPU each:
# bench/collector/bench_verdict.py --many 60); capped so a ~1 µs operation still gets batches
# that are quick to sample.
AUTO_BATCH_SECONDS = 0.025
AUTO_BATCH_MAX_OPERATIONS = 10000
# Judged operations the verdict phase aims for: the analyser's default floors (16 KiB in total,
# 32 B per operation) can only both be met with at least 16384 / 32 = 512 operations; fewer, and
# its detection limit rises above 32 B per operation (it then says `inconclusive`, not `ok`).
TARGET_OPERATIONS = 512
# Judged batches per phase at most, however small a fixed batch size is: each batch costs a
# collection and a tracemalloc snapshot (1-5 ms), so this bounds sampling to a few seconds per
# phase. One more than the target: batch_size=1 then still reaches it (growth is judged from the
# first judged batch on, so N batches hold N - 1 steps).
MAX_BATCHES = TARGET_OPERATIONS + 1
# Seconds a leak test may take, all phases together: a slow operation gets fewer operations (and
# a verdict that names its detection limit) instead of minutes of CPU.
DEFAULT_TIME_BUDGET = 60.0

# Soak mode (soak.py): a duration turns a leak test into a soak that repeats its body until the
# duration ends, sampling memory every interval. The interval: long enough that a full garbage
# collection per sample costs nothing next to it, short enough that a 30-minute soak has 180
# samples for its slope. MEMLEAK_SOAK=true (or the ini's) takes DEFAULT_SOAK_SECONDS (the OPA
# suite's CI-sized run); a marker's soak=True takes the session's duration, and is no soak without
# one. The analyser's tiers apply unless the test sets its own.
DEFAULT_SOAK_INTERVAL = 10.0
DEFAULT_SOAK_SECONDS = 1800.0
MAX_SOAK_SECONDS = 7 * 86400.0
# Samples a soak may keep: the snapshot schema's limit on batches per phase.
MAX_SOAK_SAMPLES = 100000

SESSION_KEYS = (
    "batches", "batch_size", "warmup", "snapshot_dir", "confirm", "traceback_depth", "max_sites",
    "time_budget", "verdict", "progress_seconds",
    "soak", "soak_interval", "warning_mb_per_hour", "failure_mb_per_hour",
)
PER_TEST_KEYS = ("batches", "batch_size", "warmup", "expect_errors", "time_budget",
                 "allow_bytes_per_op", "allow_total_bytes",
                 "soak", "soak_interval", "warning_mb_per_hour", "failure_mb_per_hour")


class SettingsError(ValueError):
    """A setting has a value the collector cannot use; the message names where it came from."""


@dataclasses.dataclass(frozen=True)
class Settings:
    batches: int = DEFAULT_BATCHES
    batch_size: object = AUTO  # an int, or AUTO
    warmup: int = DEFAULT_WARMUP
    expect_errors: bool = False
    snapshot_dir: str = DEFAULT_SNAPSHOT_DIR
    confirm: bool = True
    traceback_depth: int = DEFAULT_TRACEBACK_DEPTH
    max_sites: int = DEFAULT_MAX_SITES
    time_budget: float = DEFAULT_TIME_BUDGET
    # Growth this test may keep on purpose (a cache it fills, GPR's per-test threshold, OPA's
    # acceptance caps): the analyser raises its floors to these for this test. None: no allowance.
    allow_bytes_per_op: object = None
    allow_total_bytes: object = None
    verdict: bool = True
    progress_seconds: int = DEFAULT_PROGRESS_SECONDS
    # Seconds to soak for (None: an ordinary leak test), seconds between samples, and the test's
    # own tiers in MB (2^20 bytes) per hour (None: the analyser's defaults, 1 and 5).
    soak: object = None
    soak_interval: float = DEFAULT_SOAK_INTERVAL
    warning_mb_per_hour: object = None
    failure_mb_per_hour: object = None

    @property
    def batch_size_is_auto(self):
        return self.batch_size == AUTO


def _int_parser(minimum, maximum):
    def parse(value, origin):
        if isinstance(value, bool):
            raise SettingsError("%s=%r: expected an integer, not a boolean" % (origin, value))
        try:
            number = int(str(value).strip())
        except ValueError:
            raise SettingsError("%s=%r: expected an integer" % (origin, value)) from None
        if not minimum <= number <= maximum:
            raise SettingsError("%s=%r: expected an integer from %d to %d" % (origin, value, minimum, maximum))
        return number
    return parse


def _parse_batch_size(value, origin):
    if isinstance(value, str) and value.strip().lower() == AUTO:
        return AUTO
    return _int_parser(1, 100000000)(value, origin)


def _parse_bool(value, origin):
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise SettingsError("%s=%r: expected 1/0, true/false, yes/no or on/off" % (origin, value))


def _number_parser(positive, maximum, what, whole):
    """Parses a number from 0 (or above 0 when positive) to maximum; NaN and infinities refused.
    whole: an integral value comes back as an int (byte counts), otherwise as a float."""
    def parse(value, origin):
        if isinstance(value, bool):
            raise SettingsError("%s=%r: expected %s, not a boolean" % (origin, value, what))
        try:
            number = float(str(value).strip())
        except ValueError:
            raise SettingsError("%s=%r: expected %s" % (origin, value, what)) from None
        low_ok = number > 0 if positive else number >= 0
        if not (low_ok and number <= maximum):  # also refuses NaN, for which every comparison is false
            raise SettingsError("%s=%r: expected %s, at most %g" % (origin, value, what, maximum))
        return int(number) if whole and number.is_integer() else number
    return parse


_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


def parse_duration(value, origin, maximum=MAX_SOAK_SECONDS):
    """Seconds from a number or a text such as "90", "2.5s", "30m", "1h30m", "1d"; above 0 and
    at most `maximum`. Raises SettingsError naming `origin`."""
    if isinstance(value, bool):
        raise SettingsError("%s=%r: expected a duration such as 30m, not a boolean" % (origin, value))
    text = str(value).strip().lower()
    seconds = None
    try:
        seconds = float(text)
    except ValueError:
        total, number = 0.0, ""
        for character in text:
            if character.isdigit() or character == ".":
                number += character
            elif character in _UNITS and number:
                try:
                    total += float(number) * _UNITS[character]
                except ValueError:
                    break
                number = ""
            else:
                break
        else:
            if not number:
                seconds = total
    if seconds is None or not 0 < seconds <= maximum:  # also refuses NaN
        raise SettingsError("%s=%r: expected a duration above 0 and at most %gs, such as 90, 2.5s, 30m or 1h30m"
                            % (origin, value, maximum))
    return seconds


def _parse_soak(value, origin):
    """True: DEFAULT_SOAK_SECONDS; False, 0, off, no or an empty text: no soak; else a duration."""
    if isinstance(value, bool):
        return DEFAULT_SOAK_SECONDS if value else None
    text = str(value).strip().lower()
    if text in ("", "0", "false", "no", "off"):
        return None
    if text in ("true", "yes", "on"):
        return DEFAULT_SOAK_SECONDS
    return parse_duration(value, origin)


def _parse_dir(value, origin):
    text = str(value).strip()
    if not text:
        raise SettingsError("%s: expected a directory, got an empty value" % origin)
    return text


PARSERS = {
    "batches": _int_parser(1, 100000),
    "batch_size": _parse_batch_size,
    "warmup": _int_parser(0, 100000),
    "expect_errors": _parse_bool,
    "snapshot_dir": _parse_dir,
    "confirm": _parse_bool,
    "traceback_depth": _int_parser(1, 1000),
    "max_sites": _int_parser(1, 100000),
    "time_budget": _number_parser(True, 86400, "a number of seconds above 0", whole=False),
    "allow_bytes_per_op": _number_parser(False, 1e15, "a number of bytes, 0 or more", whole=True),
    "allow_total_bytes": _number_parser(False, 1e15, "a number of bytes, 0 or more", whole=True),
    "verdict": _parse_bool,
    "progress_seconds": _int_parser(0, 86400),
    "soak": _parse_soak,
    "soak_interval": parse_duration,
    "warning_mb_per_hour": _number_parser(False, 1e9, "a number of MB per hour, 0 or more", whole=False),
    "failure_mb_per_hour": _number_parser(False, 1e9, "a number of MB per hour, 0 or more", whole=False),
}


def env_name(key):
    return "MEMLEAK_" + key.upper()


def ini_name(key):
    return "memleak_" + key


INI_HELP = {
    "batches": "memleak: judged batches of the screen phase (the confirm phase runs twice as many)",
    "batch_size": "memleak: operations per batch, or 'auto' to time the operation",
    "warmup": "memleak: warm-up batches per phase, measured but never judged",
    "snapshot_dir": "memleak: directory for the JSON snapshots (relative to the rootdir)",
    "confirm": "memleak: 1 to re-measure suspect tests with deep tracebacks, 0 for the screen only",
    "traceback_depth": "memleak: frames recorded per allocation in the confirm phase",
    "max_sites": "memleak: allocation sites kept per phase (top by growth)",
    "time_budget": "memleak: seconds a leak test may take, all phases together (default 60)",
    "verdict": "memleak: 1 to fail a leaking test inside pytest (judged by memleak's analysis core, needs Node), "
               "0 to only write snapshots",
    "progress_seconds": "memleak: when output is not a terminal, seconds before a leak test's first progress line "
                        "and between lines (0: after every batch)",
    "soak": "memleak: soak every leak test for this long (e.g. 30m): repeat its body until then, sampling memory "
            "by time; judged in MB per hour",
    "soak_interval": "memleak: seconds between a soak's samples (e.g. 10s)",
    "warning_mb_per_hour": "memleak: a soak growing faster than this many MB per hour is a warning (default 1)",
    "failure_mb_per_hour": "memleak: a soak growing this many MB per hour or faster fails (default 5)",
}


def resolve_session(environ, read_ini, ini_base_dir, invocation_dir):
    """Settings from environment, ini and defaults. read_ini(name) returns the raw value or None.

    A relative snapshot directory from the environment is taken relative to the directory pytest
    was started in (where the CLI runs it); from the ini file, relative to the rootdir.
    """
    values = {}
    for key in SESSION_KEYS:
        raw_env = environ.get(env_name(key))
        if raw_env is not None and raw_env.strip() != "":
            values[key] = PARSERS[key](raw_env, env_name(key))
            if key == "snapshot_dir":
                values[key] = os.path.join(invocation_dir, values[key])
            continue
        raw_ini = read_ini(ini_name(key))
        if raw_ini is not None and str(raw_ini).strip() != "":
            values[key] = PARSERS[key](raw_ini, "ini " + ini_name(key))
            if key == "snapshot_dir":
                values[key] = os.path.join(ini_base_dir, values[key])
    if "snapshot_dir" not in values:
        values["snapshot_dir"] = os.path.join(invocation_dir, DEFAULT_SNAPSHOT_DIR)
    values["snapshot_dir"] = os.path.abspath(values["snapshot_dir"])
    return _checked(Settings(**values), "the environment and ini file")


def for_test(session, arguments, origin):
    """The session settings overridden by a marker's or check()'s arguments (None = not given)."""
    unknown = sorted(set(arguments) - set(PER_TEST_KEYS))
    if unknown:
        raise SettingsError("%s: unknown argument(s) %s; allowed: %s"
                            % (origin, ", ".join(unknown), ", ".join(PER_TEST_KEYS)))
    overrides = {}
    for key, value in arguments.items():
        if value is not None:
            overrides[key] = PARSERS[key](value, "%s %s" % (origin, key))
    if _is_plain_yes(arguments.get("soak")):
        # soak=True marks a soak test without fixing its length: it soaks for the session's
        # duration (`memleak soak --duration`, MEMLEAK_SOAK or the ini file), and without one it is
        # an ordinary leak test, so the everyday suite never turns into a 30-minute run.
        overrides["soak"] = session.soak
    return _checked(dataclasses.replace(session, **overrides), origin)


def _is_plain_yes(value):
    return value is True or (isinstance(value, str) and value.strip().lower() in ("true", "yes", "on"))


def _checked(settings, origin):
    """Refuses tiers in the wrong order (a warning tier above the failure tier could never be
    reached) and a soak with more samples than a snapshot holds."""
    if settings.soak is not None and settings.soak / settings.soak_interval > MAX_SOAK_SAMPLES - 2:
        raise SettingsError("%s: a soak of %gs sampled every %gs takes more than %d samples; sample less often"
                            % (origin, settings.soak, settings.soak_interval, MAX_SOAK_SAMPLES - 2))
    warning, failure = settings.warning_mb_per_hour, settings.failure_mb_per_hour
    if warning is not None and failure is not None and warning > failure:
        raise SettingsError("%s: warning_mb_per_hour=%g is above failure_mb_per_hour=%g; the warning tier must "
                            "not be above the failure tier" % (origin, warning, failure))
    return settings
