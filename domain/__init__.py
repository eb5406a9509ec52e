"""The domain: parties, conventions and their rules, as event-sourced aggregates.

Imports nothing of the project but itself, and no framework but ``eventsourcing.domain``.
"""
