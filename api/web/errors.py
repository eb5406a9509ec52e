"""Errors on a page are pages: the rule's French message in the site's frame (the API answers
the same errors as application/problem+json)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response

from api.errors import TITLES
from api.web.page import render
from api.web.session import CsrfRejected, SignInRequired


def page_error(request: Request, status: int, detail: str) -> Response:
    return render(
        request, "error.html", status_code=status, title=TITLES.get(status, "Erreur"), detail=detail
    )


def install_page_handlers(app: FastAPI) -> None:
    @app.exception_handler(SignInRequired)
    async def sign_in_required(_: Request, error: SignInRequired) -> Response:
        return RedirectResponse(error.location, status_code=303)

    @app.exception_handler(CsrfRejected)
    async def csrf_rejected(request: Request, _: CsrfRejected) -> Response:
        return page_error(
            request,
            403,
            "Ce formulaire n'a pas été envoyé depuis la plateforme (jeton de sécurité absent ou "
            "périmé) : rien n'a été enregistré. Rouvrez la page et recommencez.",
        )
