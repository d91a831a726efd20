"""Exports and documents: large but short-lived allocations."""

import hashlib
import struct

EXPORT_BYTES = 5 * 1024 * 1024


def render_export(rows):
    """Renders an export into a 5 MiB in-memory image and returns its digest; nothing is kept."""
    image = bytearray(EXPORT_BYTES)
    for index, row in enumerate(rows):
        struct.pack_into("<QQ", image, index * 16, row[0], row[1])
    return hashlib.sha256(image).hexdigest()


class Page:
    def __init__(self, document, text):
        self.document = document  # back-reference: document and page form a cycle
        self.text = text


class Document:
    """A document and its pages form reference cycles; __del__ releases the document's
    render slot, and the cyclic garbage collector still frees them (PEP 442)."""

    open_documents = 0

    def __init__(self, title, texts):
        self.title = title
        self.pages = [Page(self, text) for text in texts]
        Document.open_documents += 1

    def __del__(self):
        Document.open_documents -= 1

    def word_count(self):
        return sum(len(page.text.split()) for page in self.pages)
