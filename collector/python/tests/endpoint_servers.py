"""A client for the endpoint profiler's tests against real servers."""
import urllib.error
import urllib.request


def get(url):
    """(status, body) of a GET request."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
