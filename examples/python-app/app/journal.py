"""An in-process journal of handled events, one entry per call."""

_keep = []


def keep_entry():
    """Journals one event. The journal is meant to be shipped and cleared, but never is."""
    # Deliberate leak: ~250 bytes per call, in a module-level list nobody clears.
    _keep.append(str(len(_keep)) * 50)  # memleak: leak


def format_entry(number):
    """The same entry, formatted for a log line and returned: nothing is kept."""
    return str(number) * 50
