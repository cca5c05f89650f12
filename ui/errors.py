"""Plain-words messages for the errors a screen may show (never a stack trace, never a token)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clienteling import errors





def explain_sign_in_error(error: BaseException) -> str:
    """What the associate should know after a failed sign-in, in the current language."""
    if isinstance(error, errors.Unreachable):
        return QCoreApplication.translate("Errors", "The server cannot be reached. Check the store's network, then try again.")
    if isinstance(error, errors.Forbidden):
        return QCoreApplication.translate("Errors", "This account cannot sign in at this store.")
    if isinstance(error, errors.BackendError) and error.status == 401 or isinstance(error, errors.AuthExpired):
        return QCoreApplication.translate("Errors", "Wrong username or password.")
    if isinstance(error, errors.RateLimited) or isinstance(error, errors.Locked):
        return QCoreApplication.translate("Errors", "Too many attempts. Wait a few minutes, then try again.")
    if isinstance(error, errors.BackendError) and error.transient:
        return QCoreApplication.translate("Errors", "The server had a problem. Try again in a moment.")
    return QCoreApplication.translate("Errors", "Sign-in failed. Try again, or ask your store manager.")


def explain_error(error: BaseException) -> str:
    """A general message for an action that failed."""
    if isinstance(error, errors.Unreachable):
        return QCoreApplication.translate("Errors", "The server cannot be reached right now. Check the store's network, then try again.")
    if isinstance(error, errors.Forbidden):
        return QCoreApplication.translate("Errors", "Only a store manager can do this.")
    if isinstance(error, errors.NotFound):
        return QCoreApplication.translate("Errors", "Not found. It may have been removed, or belong to another store.")
    if isinstance(error, errors.BackendError) and error.transient:
        return QCoreApplication.translate("Errors", "The server had a problem. Try again in a moment.")
    return QCoreApplication.translate("Errors", "Something went wrong. Try again, or ask your store manager.")
