"""A party's webhooks: subscribe, list, read the delivery log, replay from a position, stop.
Subscriptions are rows, not events (docs/webhooks.md)."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import Depends, Query, Request

from api import routing
from api.deps import CurrentActor
from api.schemas.webhooks import DeliveryPublic, WebhookCreate, WebhookCreated, WebhookPublic, WebhookReplay
from application.webhooks import Subscription, WebhookRegistry

router = routing.router(prefix="/parties/{party_id}/webhooks", tags=["webhooks"])


async def get_webhooks(request: Request) -> WebhookRegistry:
    registry: WebhookRegistry = request.app.state.webhooks
    return registry


Webhooks = Annotated[WebhookRegistry, Depends(get_webhooks)]


def webhook_public(s: Subscription) -> WebhookPublic:
    return WebhookPublic(
        id=s.subscription_id,
        party_id=s.party_id,
        url=s.url,
        event_types=list(s.event_types),
        created_at=s.created_at,
        created_by=s.created_by,
        cursor=s.cursor,
        active=s.active,
        failures=s.failures,
        next_attempt_at=s.next_attempt_at,
        last_error=s.last_error,
    )


@router.post("", status_code=201)
def subscribe(party_id: UUID, body: WebhookCreate, webhooks: Webhooks, actor: CurrentActor) -> WebhookCreated:
    """Subscribe the party: every event it may read (of these types) is POSTed to the URL from
    now on, signed (Standard Webhooks). The secret is in this answer only."""
    subscription = webhooks.subscribe(party_id, body.url, body.event_types, actor)
    return WebhookCreated(**webhook_public(subscription).model_dump(), secret=subscription.secret)


@router.get("")
def list_webhooks(party_id: UUID, webhooks: Webhooks, actor: CurrentActor) -> list[WebhookPublic]:
    return [webhook_public(s) for s in webhooks.of_party(party_id, actor)]


@router.get("/{subscription_id}/deliveries")
def list_deliveries(
    party_id: UUID,
    subscription_id: UUID,
    webhooks: Webhooks,
    actor: CurrentActor,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> list[DeliveryPublic]:
    """Every attempt, most recent first."""
    return [
        DeliveryPublic(
            position=d.position,
            webhook_id=d.webhook_id,
            event_type=d.event_type,
            attempted_at=d.attempted_at,
            attempt=d.attempt,
            status=d.status,
            error=d.error,
            delivered=d.delivered,
        )
        for d in webhooks.deliveries(party_id, subscription_id, actor, limit, offset)
    ]


@router.post("/{subscription_id}/replay")
def replay(
    party_id: UUID, subscription_id: UUID, body: WebhookReplay, webhooks: Webhooks, actor: CurrentActor
) -> WebhookPublic:
    """Serve again every event after a position (what a receiver lost, or a new one's history)."""
    return webhook_public(webhooks.replay(party_id, subscription_id, body.after, actor))


@router.delete("/{subscription_id}")
def unsubscribe(
    party_id: UUID, subscription_id: UUID, webhooks: Webhooks, actor: CurrentActor
) -> WebhookPublic:
    """Stop the deliveries; the subscription and its log stay readable."""
    return webhook_public(webhooks.unsubscribe(party_id, subscription_id, actor))
