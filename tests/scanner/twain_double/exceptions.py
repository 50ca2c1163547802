"""The exception classes of ``twain.exceptions`` (pytwain 2.3), same names and hierarchy."""


class TwainError(Exception):
    """Base error for all errors returned by TWAIN driver."""


class CapabilityFormatNotSupported(TwainError):
    pass


class DSTransferCancelled(TwainError):
    pass


class SMGetProcAddressFailed(TwainError):
    pass


class SMLoadFileFailed(TwainError):
    pass


class SMOpenFailed(TwainError):
    pass


class ImageFormatNotSupported(TwainError):
    pass


class BadCapability(TwainError):
    pass


class BadDestination(TwainError):
    pass


class BadProtocol(TwainError):
    pass


class GeneralFailure(TwainError):
    pass


class CapBadOperation(TwainError):
    pass


class CapSeqError(TwainError):
    pass


class CapUnsupported(TwainError):
    pass


class CheckDeviceOnlineError(TwainError):
    pass


class DeniedError(TwainError):
    pass


class FileWriteError(TwainError):
    pass


class MaxConnectionsError(TwainError):
    pass


class NoDataSourceError(TwainError):
    pass


class NotEmptyError(TwainError):
    pass


class OperationError(TwainError):
    pass


class PaperDoubleFeedError(TwainError):
    pass


class PaperJam(TwainError):
    pass


class SequenceError(TwainError):
    pass


class UnknownError(TwainError):
    pass


class CancelAll(Exception):
    """Raised by callbacks to cancel remaining image transfers."""


class CheckStatus(Exception):
    """The operation succeeded but the value was changed to fit the device."""
