"""Sends 1,000 requests to each endpoint of app.py on 127.0.0.1:8000."""
import urllib.request

for index in range(1000):
    for path in ("/report/%d" % index, "/status"):
        urllib.request.urlopen("http://127.0.0.1:8000" + path).read()
