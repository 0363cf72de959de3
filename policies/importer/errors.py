"""The importer's exceptions: input it cannot use, with a Chinese message for the editor."""

import functools
import logging

logger = logging.getLogger("policies.importer")


class ImportFailure(ValueError):
    """Input the importer cannot use at all; the message is shown to the editor as is."""


class InternalFailure(ImportFailure):
    """A bug in the importer met by some input: logged with its traceback, shown as a plain message.
    The fuzz tests treat it as a crash; it exists so that no input ever becomes a 500 page."""

    MESSAGE = "导入时出现意外错误，没有导入任何内容。错误已记录，请把该文件交给系统管理员排查。"


def contained(function):
    """Let ImportFailure through; turn anything else raised on the way into an InternalFailure."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except ImportFailure:
            raise
        except Exception as exc:  # noqa: BLE001 - the point: no input may escape as a 500
            logger.exception("importer failed in %s", function.__name__)
            raise InternalFailure(InternalFailure.MESSAGE) from exc

    return wrapper
