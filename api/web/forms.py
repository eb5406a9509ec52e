"""The web interface's writes: plain HTML forms posted to the same use cases as the API.

Every form carries the session's CSRF token, the version the person read (a write against a
state they have not seen answers « modifiée depuis votre lecture » with what changed, never a
silent overwrite) and a key drawn when the form was shown (posting it twice — a double click,
a reload — records once). A refused write shows the form again, with the rule's French message.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any
from uuid import UUID

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api import routing
from api.deps import Ledger, Reads
from api.errors import status_for
from api.web.convention_forms import FORMS, CommandForm
from api.web.page import render
from api.web.pages import alert_context, convention_context, today
from api.web.session import Csrf, PageActor
from api.web.submitted import FieldValueError, Submitted, field_of, submitted
from application.authorization import NotAuthorizedError
from application.base import CommandKey, CommandResult, WriteRequest
from application.ledger import ConventionLedger
from domain.alerts import AlertDecision, AlertStep, CorrectiveAction, DecisionKind, Examination
from domain.convention import AnnualEvaluation, FinancialLine, IndicatorValue, RealisedAction
from domain.errors import DomainError, ElementNotFoundError, InvalidValueError, PreconditionFailedError
from domain.values import Actor
from projections import portfolio_queries as queries
from projections.read_models import ReadModels

router = routing.router(include_in_schema=False, tags=["web"])

READ_SIDE_WAIT_SECONDS = 5.0
"""A form's answer is the page it changed: it waits (so long at most) for the read side to
show the write, so the person sees it there."""


def write_request(actor: Actor, form: Submitted, path: str) -> WriteRequest:
    """What the form says of its write: the version read and its key (the key scoped to the
    actor, the fingerprint over the form's own fields)."""
    fields = {k: v for k, v in form.fields.items() if k not in ("csrf_token", "form_key")}
    fingerprint = hashlib.sha256(json.dumps([path, sorted(fields.items())]).encode()).hexdigest()
    key = form.text("form_key")
    command_key = CommandKey(actor.actor_id, f"web:{key[:200]}", fingerprint) if key else None
    version = form.integer("version", "Version lue") if form.text("version") else None
    return WriteRequest(expected_version=version, command_key=command_key)


async def get_form_writer(request: Request, ledger: Ledger, actor: PageActor) -> ConventionLedger:
    """The ledger serving a form's write, bound to what the form says (as ``Writer`` is to
    If-Match and Idempotency-Key for the API: every POST of the pages takes this one). A form
    whose version is unreadable is served unbound, and its command refuses the version."""
    form = await submitted(request)
    try:
        return ledger.for_request(write_request(actor, form, request.url.path))
    except InvalidValueError:
        return ledger


FormWriter = Annotated[ConventionLedger, Depends(get_form_writer)]


@dataclass(frozen=True)
class Refusal:
    """A write refused (a rule, a malformed value, a right): what its form shows again — the
    rule's message above the form, the field it is about marked, what was typed kept."""

    detail: str
    field: str | None
    fields: dict[str, str]
    status_code: int


def carry_out(
    write: Callable[[], CommandResult | None],
    form: Submitted,
    *,
    reads: ReadModels,
    done: str | Callable[[CommandResult], str],
    refused: Callable[[Refusal], Response],
    stale: Callable[[], Response] | None = None,
) -> Response:
    """How every form that writes answers: the write done, the page it changed (once the read
    side shows it); read on a state that has moved since, ``stale`` (« modifiée depuis votre
    lecture »); refused, the form again (``refused``)."""
    try:
        result = write()
    except PreconditionFailedError:
        if stale is None:
            raise
        return stale()
    except (DomainError, NotAuthorizedError) as error:
        return refused(Refusal(error.detail, field_of(error), form.fields, status_for(error)))
    if result is None:
        return RedirectResponse(done if isinstance(done, str) else "/", status_code=303)
    return after_write(reads, result, done if isinstance(done, str) else done(result))


def after_write(reads: ReadModels, result: CommandResult, location: str) -> RedirectResponse:
    if result.notification_id is not None:
        reads.wait_for(result.notification_id, READ_SIDE_WAIT_SECONDS)
    return RedirectResponse(location, status_code=303)


# --- alerts ----------------------------------------------------------------------------------


def _alert_command(step: AlertStep, form: Submitted, actor: Actor, body_id: str | None) -> Callable[..., Any]:
    """The use case a step's form calls, with the form's values."""
    on = form.day("on", "Date")
    reason = form.text("reason")
    if step is AlertStep.ACKNOWLEDGE:
        return lambda ledger, cid, n: ledger.alerts.acknowledge_alert(cid, n, on, actor)
    if step is AlertStep.REQUEST_EXAMINATION:
        if actor.party_id is None:
            raise InvalidValueError("Seul l'office concerné demande l'examen de sa situation.")
        examination = Examination(actor.party_id, on, reason)
        return lambda ledger, cid, n: ledger.alerts.request_examination(cid, n, examination, actor)
    if step is AlertStep.DECIDE:
        kind = form.choice("kind", DecisionKind, "Nature de la décision")
        actions: tuple[CorrectiveAction, ...] = ()
        if kind is DecisionKind.CORRECTIVE_PLAN:
            actions = (
                CorrectiveAction(
                    form.text("action_label"), form.day("action_due_on", "Échéance de l'action")
                ),
            )
        avenant = form.text("avenant_number")
        decision = AlertDecision(
            kind=kind,
            summary=form.text("summary"),
            decided_on=on,
            body_id=body_id,
            avenant_number=form.integer("avenant_number", "Numéro d'avenant") if avenant else None,
            contrepartie_id=form.optional("contrepartie_id")
            if kind is DecisionKind.SUPPORT_TRIGGERED
            else None,
            amount=form.number("amount", "Montant du soutien")
            if kind is DecisionKind.SUPPORT_TRIGGERED
            else None,
            actions=actions,
        )
        return lambda ledger, cid, n: ledger.alerts.decide_on_alert(cid, n, decision, actor)
    if step is AlertStep.RESOLVE:
        return lambda ledger, cid, n: ledger.alerts.resolve_alert(cid, n, reason, on, actor, body_id)
    return lambda ledger, cid, n: ledger.alerts.dismiss_alert(cid, n, reason, on, actor, body_id)


@router.post("/alertes/{convention_id}/{number}/{step}", dependencies=[Csrf], response_model=None)
async def alert_step(
    request: Request,
    convention_id: UUID,
    number: int,
    step: AlertStep,
    ledger: FormWriter,
    reads: Reads,
    actor: PageActor,
) -> Response:
    form = await submitted(request)

    def write() -> CommandResult:
        form.integer("version", "Version lue")
        steps = ledger.alerts.alert_steps(convention_id, number, actor)
        command = _alert_command(step, form, actor, steps.body_id)
        result: CommandResult = command(ledger, convention_id, number)
        return result

    def refused(refusal: Refusal) -> Response:
        return render(
            request,
            "alert.html",
            status_code=refusal.status_code,
            title=f"Alerte n°{number}",
            error={
                "step": step.value,
                "detail": refusal.detail,
                "fields": refusal.fields,
                "field": refusal.field,
            },
            done=None,
            **alert_context(ledger, convention_id, number, actor),
        )

    return carry_out(
        write,
        form,
        reads=reads,
        done=f"/alertes/{convention_id}/{number}?fait={step.value}",
        refused=refused,
        stale=lambda: _changed_since(
            request, ledger, actor, convention_id, form, f"/alertes/{convention_id}/{number}", "alertes"
        ),
    )


# --- evaluations -----------------------------------------------------------------------------


@router.get("/convention/{convention_id}/evaluation", response_class=HTMLResponse)
def evaluation_form(
    request: Request,
    convention_id: UUID,
    ledger: Ledger,
    reads: Reads,
    actor: PageActor,
    annee: int | None = None,
) -> HTMLResponse:
    context = convention_context(ledger, reads, convention_id, actor, today(), None)
    return render(
        request,
        "evaluation.html",
        title=f"Bilan annuel — {context['terms'].title}",
        year=annee or today().year - 1,
        error=None,
        error_field=None,
        fields={},
        action_rows=ACTION_ROWS,
        line_rows=LINE_ROWS,
        **context,
    )


@router.post("/convention/{convention_id}/evaluation", dependencies=[Csrf], response_model=None)
async def record_evaluation(
    request: Request, convention_id: UUID, ledger: FormWriter, reads: Reads, actor: PageActor
) -> Response:
    form = await submitted(request)

    def write() -> CommandResult:
        form.integer("version", "Version lue")
        convention = ledger.readable_convention(convention_id, actor)
        year = form.integer("year", "Année évaluée")
        values = []
        for commitment in convention.latest_terms.commitments:
            for indicator in commitment.indicators:
                value = form.number(f"value:{indicator.indicator_id}", indicator.label)
                if value is not None:
                    values.append(IndicatorValue(indicator.indicator_id, value))
        evaluation = AnnualEvaluation(
            year=year,
            values=tuple(values),
            evaluated_on=form.day("evaluated_on", "Date du bilan"),
            comments=form.text("comments"),
            financial_bilan=_financial_lines(form, "line"),
            actions=tuple(
                RealisedAction(
                    label,
                    form.optional(f"action_commitment:{n}"),
                    form.optional(f"action_operation:{n}"),
                    form.integer(f"action_dwellings:{n}", "Logements")
                    if form.text(f"action_dwellings:{n}")
                    else None,
                    form.number(f"action_amount:{n}", "Coût"),
                )
                for n in range(1, ACTION_ROWS + 1)
                if (label := form.text(f"action_label:{n}").strip())
            ),
            landlord_financials=_financial_lines(form, "office"),
        )
        return ledger.evaluations.record_evaluation(convention_id, evaluation, actor)

    def refused(refusal: Refusal) -> Response:
        context = convention_context(ledger, reads, convention_id, actor, today(), None)
        return render(
            request,
            "evaluation.html",
            status_code=refusal.status_code,
            title=f"Bilan annuel — {context['terms'].title}",
            year=form.text("year"),
            error=refusal.detail,
            error_field=refusal.field,
            fields=refusal.fields,
            action_rows=ACTION_ROWS,
            line_rows=LINE_ROWS,
            **context,
        )

    return carry_out(
        write,
        form,
        reads=reads,
        done=f"/convention/{convention_id}?fait=evaluation",
        refused=refused,
        stale=lambda: _changed_since(
            request,
            ledger,
            actor,
            convention_id,
            form,
            f"/convention/{convention_id}/evaluation",
            "convention",
        ),
    )


ACTION_ROWS = 4
"""The rows of actions the bilan's form offers (more: the API, or a correction)."""
LINE_ROWS = 5
"""The rows of each financial bilan the form offers."""


def _financial_lines(form: Submitted, group: str) -> tuple[FinancialLine, ...]:
    """The rows of a financial bilan that have a label (``line``: per operation or for the
    convention; ``office``: the office's accounts)."""
    lines = []
    for n in range(1, LINE_ROWS + 1):
        label = form.text(f"{group}_label:{n}").strip()
        if not label:
            continue
        amount = form.number(f"{group}_amount:{n}", f"Montant du poste « {label[:40]} »")
        if amount is None:
            raise FieldValueError(
                f"{group}_amount:{n}", f"Poste « {label[:40]} » : indiquez son montant, en euros."
            )
        lines.append(FinancialLine(label, amount, form.optional(f"{group}_operation:{n}")))
    return tuple(lines)


def _changed_since(
    request: Request,
    ledger: ConventionLedger,
    actor: Actor,
    convention_id: UUID,
    form: Submitted,
    back: str,
    stream: str,
) -> HTMLResponse:
    """« Modifiée depuis votre lecture »: what was recorded on the stream the form changes (the
    convention, or its alerts) since the version the person read, and the way back to the
    form, read afresh."""
    ledger.readable_convention(convention_id, actor)
    reads: ReadModels = request.app.state.reads
    read_version = form.integer("version", "Version lue") if form.text("version") else 0
    since = [
        entry
        for entry in queries.timeline(reads, convention_id, 0, 1000)
        if entry["stream"] == stream and entry["version"] > read_version
    ]
    return render(
        request,
        "changed.html",
        status_code=412,
        title="Modifiée depuis votre lecture",
        changes=since[-20:],
        back=back,
    )


# --- the convention's other forms (api/web/convention_forms.py) --------------------------------


def _command_form(slug: str) -> CommandForm:
    form = FORMS.get(slug)
    if form is None:
        raise ElementNotFoundError(f"Aucun formulaire « {slug[:40]} » pour une convention.")
    return form


def _render_command_form(
    request: Request,
    ledger: ConventionLedger,
    reads: ReadModels,
    convention_id: UUID,
    actor: Actor,
    form: CommandForm,
    *,
    error: str | None = None,
    error_field: str | None = None,
    fields: dict[str, str] | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    context = convention_context(ledger, reads, convention_id, actor, today(), None)
    convention = context["convention"]
    return render(
        request,
        "command_form.html",
        status_code=status_code,
        title=f"{form.title} — {context['terms'].title}",
        form=form,
        visible_fields=[f for f in form.fields if f.shown is None or f.shown(convention)],
        options={
            f.name: f.options(convention, actor, context["names"])
            for f in form.fields
            if f.options is not None
        },
        error=error,
        error_field=error_field,
        fields=fields or {},
        **context,
    )


@router.get("/convention/{convention_id}/actions/{slug}", response_class=HTMLResponse)
def command_form(
    request: Request, convention_id: UUID, slug: str, ledger: Ledger, reads: Reads, actor: PageActor
) -> HTMLResponse:
    return _render_command_form(request, ledger, reads, convention_id, actor, _command_form(slug))


@router.post("/convention/{convention_id}/actions/{slug}", dependencies=[Csrf], response_model=None)
async def post_command_form(
    request: Request, convention_id: UUID, slug: str, ledger: FormWriter, reads: Reads, actor: PageActor
) -> Response:
    form = _command_form(slug)
    values = await submitted(request)

    def write() -> CommandResult:
        values.integer("version", "Version lue")
        convention = ledger.readable_convention(convention_id, actor)
        return form.run(ledger, convention, values, actor)

    def refused(refusal: Refusal) -> Response:
        return _render_command_form(
            request,
            ledger,
            reads,
            convention_id,
            actor,
            form,
            error=refusal.detail,
            error_field=refusal.field,
            fields=refusal.fields,
            status_code=refusal.status_code,
        )

    return carry_out(
        write,
        values,
        reads=reads,
        done=f"/convention/{convention_id}?fait={slug}",
        refused=refused,
        stale=lambda: _changed_since(
            request,
            ledger,
            actor,
            convention_id,
            values,
            f"/convention/{convention_id}/actions/{slug}",
            "convention",
        ),
    )
