"""structlog: key-value lines in development, JSON in production — ours and those of the
libraries that log through the standard library (uvicorn's start, stop and errors, the
access lines), so that a JSON log is JSON on every line."""

from __future__ import annotations

import logging

import structlog


def configure_logging(log_format: str = "console", level: str = "INFO") -> None:
    # Tracebacks: as structured data in JSON (a ``log.exception`` used to come out as
    # ``"exc_info": true``, the traceback lost); as plain text on the console (rich's
    # rendering of every frame's locals took seconds per failure of a read model).
    renderers: list[structlog.types.Processor] = (
        [structlog.processors.dict_tracebacks, structlog.processors.JSONRenderer()]
        if log_format == "json"
        else [structlog.dev.ConsoleRenderer(colors=False, exception_formatter=structlog.dev.plain_traceback)]
    )
    shared: list[structlog.types.Processor] = [
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    structlog.configure(
        processors=[structlog.contextvars.merge_contextvars, *shared, *renderers],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level)),
        # Each line in one write (the message and its newline together, under a lock): lines
        # logged at once by several threads, or beside the standard library's handler on the
        # same pipe, never run into one another (``print`` writes the newline separately).
        logger_factory=structlog.WriteLoggerFactory(),
        cache_logger_on_first_use=True,
    )
    # The standard library's records (uvicorn's) rendered by the same renderer, through one
    # handler on the root logger; uvicorn's own loggers pass their records to it (uvicorn
    # configures them with plain-text handlers of its own before the app starts).
    handler = logging.StreamHandler()
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[*shared, structlog.stdlib.add_logger_name],
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderers[-1]],
        )
    )
    logging.captureWarnings(True)  # Python's warnings at run time: log records too, rendered alike
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(logging.WARNING)  # other libraries: their warnings and errors (httpx logs each request)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        library = logging.getLogger(name)
        library.handlers = []
        library.propagate = True
        library.setLevel(level)
