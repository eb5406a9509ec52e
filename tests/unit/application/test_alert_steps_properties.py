"""What the web interface offers on an alert is what the rules allow: for every sequence of
steps tried by every kind of actor, a step is offered to an actor (``alert_steps``) exactly
when that actor's command for it is accepted — never a form that will be refused, never a
step left out. Hypothesis drives the sequences; the ledger is the one users write through."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from application.authorization import NotAuthorizedError
from application.ledger import ConventionLedger
from domain.alerts import AlertDecision, AlertStep, CorrectiveAction, DecisionKind, Examination
from domain.errors import DomainError
from domain.values import Actor, ActorRole
from infrastructure.settings import persistence_env
from tests.builders import World


def command(ledger: ConventionLedger, cid, step: AlertStep, actor: Actor, on: date, body_id):  # type: ignore[no-untyped-def]
    if step is AlertStep.ACKNOWLEDGE:
        return lambda: ledger.alerts.acknowledge_alert(cid, 1, on, actor)
    if step is AlertStep.REQUEST_EXAMINATION:
        return lambda: ledger.alerts.request_examination(
            cid,
            1,
            Examination(actor.party_id, on, "Retards de chantier."),
            actor,  # type: ignore[arg-type]
        )
    if step is AlertStep.DECIDE:
        decision = AlertDecision(
            DecisionKind.CORRECTIVE_PLAN,
            "Plan de rattrapage.",
            on,
            body_id=body_id,
            actions=(CorrectiveAction("Cent réhabilitations de plus", on + timedelta(days=200)),),
        )
        return lambda: ledger.alerts.decide_on_alert(cid, 1, decision, actor)
    if step is AlertStep.RESOLVE:
        return lambda: ledger.alerts.resolve_alert(cid, 1, "Objectif rattrapé.", on, actor, body_id)
    return lambda: ledger.alerts.dismiss_alert(cid, 1, "Sans objet.", on, actor, body_id)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(list(AlertStep)), st.integers(0, 4)),
        min_size=1,
        max_size=8,
    )
)
def test_the_steps_offered_are_exactly_the_steps_accepted(tries: list[tuple[AlertStep, int]]) -> None:
    ledger = ConventionLedger(env=persistence_env("memory://"))
    try:
        world = World(ledger)
        cid = world.convention_evaluated()  # the 2021 miss: alert n°1, about the office
        ledger.alert_process.process()
        actors = [
            world.signatory(world.oph_nievre),  # the office concerned
            world.signatory(world.nievre),  # the collectivité that gives the contreparties
            Actor("redacteur-dep", ActorRole.EDITOR, world.nievre),  # may act, not sign
            Actor("lecteur-oph", ActorRole.READER, world.oph_nievre),  # reads only
            Actor("auditeur", ActorRole.AUDITOR),  # reads everything, acts on nothing
        ]
        on = date(2022, 3, 10)
        for step, who in tries:
            actor = actors[who]
            offered = ledger.alerts.alert_steps(cid, 1, actor)
            before = ledger.recorder.max_notification_id()
            try:
                command(ledger, cid, step, actor, on, offered.body_id)()
                accepted = True
            except (DomainError, NotAuthorizedError):
                accepted = False
                assert ledger.recorder.max_notification_id() == before
            assert accepted == (step in offered.steps), (step, actor, offered)
            on += timedelta(days=1)
    finally:
        ledger.close()
