"""One base error so the CLI and UI can turn any factbot failure into a plain message."""


class FactbotError(Exception):
    """Base class: the message is written for the user and says what to do."""


class SettingsError(FactbotError):
    """A ``FACTBOT_*`` variable is unknown or malformed."""


class InputFileError(FactbotError):
    """One input file cannot be read as an article; the ingest skips it and goes on."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(FactbotError):
    """The Chroma store cannot be opened or reached."""


class EmptyIndexError(FactbotError):
    """Nothing is indexed yet, so there is nothing to answer from."""


class BadQuestionError(FactbotError):
    """The question or claim cannot be answered as given (empty, too long, ...)."""
