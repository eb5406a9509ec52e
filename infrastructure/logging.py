"""structlog: key-value lines in development, JSON in production."""

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
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            *renderers,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level)),
        cache_logger_on_first_use=True,
    )
