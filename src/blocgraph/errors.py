"""One exception hierarchy; the CLI maps it to exit codes (pySHACL's convention).

0: success / conforms, 1: validation found violations, 2: any error (bad input, unknown id,
unreachable store). Every message is one line meant for the user.
"""

from __future__ import annotations


class BlocgraphError(Exception):
    """An error the user can act on; ``str(err)`` is a one-line message."""

    exit_code = 2


class InputError(BlocgraphError):
    """Bad user input: an argument, a parameter value, a file."""


class UnknownIdError(InputError):
    """An id (bloc, state, meeting, query, status) that does not exist, with close matches."""

    def __init__(self, kind: str, value: str, suggestions: list[str] | None = None) -> None:
        self.kind = kind
        self.value = value
        self.suggestions = suggestions or []
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"unknown {kind} {value!r}{hint}")


class StoreError(BlocgraphError):
    """The store could not be built, opened, queried or reached."""


class MissingDependency(BlocgraphError, ImportError):
    """An optional dependency (an extra of the package) that is not installed; the message
    says what to pip install."""
