"""Exchange rates from an upstream service that is down."""


class RatesUnavailable(RuntimeError):
    pass


_outage = None


def fetch_rates(currency):
    """Raises RatesUnavailable while the upstream service is down. The error is built once and
    raised again on every call, "to save the allocation"."""
    global _outage
    if _outage is None:
        _outage = RatesUnavailable(f"the rates service is down (first asked for {currency})")
    # Deliberate leak: raising the same exception object again extends its __traceback__ with
    # this call's frames, so every call's traceback entries and frames stay reachable.
    raise _outage  # memleak: leak
