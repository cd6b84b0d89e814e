"""One error hierarchy; only :mod:`kgbuild.cli` turns these into messages and exit codes.

Exit codes (documented in the README): 0 success, 1 the data fail validation,
2 bad input or usage, 3 an output or remote store could not be written.
"""

from __future__ import annotations


class KgbuildError(Exception):
    """Base class. ``str(err)`` is one line naming the input that caused it."""

    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # subclasses take other constructor arguments than ``args``; rebuild from the state, so an
        # error raised in a build worker process reaches the main process whole
        return (_restore, (type(self), self.message, self.__dict__))


def _restore(cls: type[KgbuildError], message: str, state: dict) -> KgbuildError:
    err = cls.__new__(cls)
    Exception.__init__(err, message)
    err.__dict__.update(state)
    return err


class InputError(KgbuildError):
    """An article or option cannot be read: names the file and, where known, the line."""

    def __init__(self, path: object, message: str, *, line: int | None = None, hint: str | None = None) -> None:
        where = f"{path}:{line}" if line is not None else f"{path}"
        super().__init__(f"{where}: {message}", hint=hint)
        self.path = path
        self.line = line


class ValidationFailed(KgbuildError):
    """The graph does not conform to the SHACL shapes."""

    exit_code = 1

    def __init__(self, message: str, report_text: str) -> None:
        super().__init__(message)
        self.report_text = report_text


class QueryError(KgbuildError):
    """A canned query name or parameter is wrong."""


class OutputError(KgbuildError):
    """Writing the dataset or pushing it to a store failed; the previous one is intact."""

    exit_code = 3
