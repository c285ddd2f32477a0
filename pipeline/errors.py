"""Errors a stage raises for one document; the pipeline stores their message on the row."""


class DocumentError(Exception):
    """A problem with one document's content: it ends ``failed`` with this message."""


class UnsupportedTypeError(DocumentError):
    """The bytes are of a type docpipe does not read."""


class LimitExceededError(DocumentError):
    """A size, page, pixel, depth, ratio or time limit was exceeded."""


class CorruptDocumentError(DocumentError):
    """The file is damaged, truncated or encrypted so that it cannot be read."""
