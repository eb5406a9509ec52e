"""Webhook subscriptions and their deliveries."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from pydantic import BaseModel, Field

from api.schemas.common import Schema
from application.webhooks import URL_MAX_LENGTH


class WebhookCreate(Schema):
    url: str = Field(
        max_length=URL_MAX_LENGTH,
        description="Where each event is POSTed: https:// (http:// only to this machine).",
        examples=["https://si.habitat-exemple.fr/webhooks/conventions"],
    )
    event_types: list[str] = Field(
        default=[],
        max_length=100,
        description="Event types as the feed names them (`Signed`, `Convention.Signed`, `ConventionAlerts.Raised`); none: all.",
        examples=[["ContrepartiePaid", "ConventionAlerts.Raised"]],
    )


class WebhookReplay(Schema):
    after: int = Field(ge=0, description="Serve again every event after this position of the log (0: all).")


class WebhookPublic(BaseModel):
    id: UUID
    party_id: UUID
    url: str
    event_types: list[str]
    created_at: datetime
    created_by: str
    cursor: int = Field(
        description="The position of the log served up to (delivered, or not for this party)."
    )
    active: bool
    failures: int = Field(description="Failed attempts in a row at the next event (0: all is well).")
    next_attempt_at: datetime | None
    last_error: str | None


class WebhookCreated(WebhookPublic):
    secret: str = Field(
        description="The signing secret (`whsec_…`), shown this once: keep it to verify `webhook-signature`."
    )


class DeliveryPublic(BaseModel):
    position: int
    webhook_id: str = Field(description="The event's stable id (the `webhook-id` header).")
    event_type: str
    attempted_at: datetime
    attempt: int
    status: int | None = Field(description="The receiver's HTTP status; null when it could not be reached.")
    error: str | None
    delivered: bool
