"""Result values: strings that remember whether they are an IRI or a literal (and its type).

Being ``str`` subclasses, they print, sort, compare and serialise to JSON as their lexical
form; ``n3()`` gives the SPARQL/N-Triples form used to bind parameters.
"""

from __future__ import annotations

from .namespaces import XSD_INTEGER, XSD_STRING

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}


class IRI(str):
    __slots__ = ()

    def n3(self) -> str:
        if any(c in self for c in '<>"{}|^`\\ \n\t') or not self:
            raise ValueError(f"not a valid IRI: {str(self)!r}")
        return f"<{self}>"


class Literal(str):
    __slots__ = ("datatype", "language")
    datatype: str | None
    language: str | None

    def __new__(
        cls, value: str, datatype: str | None = None, language: str | None = None
    ) -> Literal:
        obj = super().__new__(cls, value)
        obj.datatype = datatype or (None if language else XSD_STRING)
        obj.language = language
        return obj

    def n3(self) -> str:
        body = '"' + "".join(_ESCAPES.get(c, c) for c in str(self)) + '"'
        if self.language:
            return f"{body}@{self.language}"
        if self.datatype and self.datatype != XSD_STRING:
            return f"{body}^^<{self.datatype}>"
        return body

    def to_python(self) -> int | str:
        if self.datatype == XSD_INTEGER:
            try:
                return int(self)
            except ValueError:
                return str(self)
        return str(self)


Value = IRI | Literal
Row = dict[str, "Value | None"]
