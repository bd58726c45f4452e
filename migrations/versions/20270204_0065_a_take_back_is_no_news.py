"""a check call's take-back is no news from the partner

A handoff's last update is the partner's own last report (accepted, rejected, active, won,
lost), by hand or from a partner-CRM export: the conversion report's feedback compliance, the
partners not updating their leads and the routing weight read it so. Taking a handoff back
because the customer told a check call the partner never called them stamped it too, so a
partner that never reported counted as one that did. The take-back no longer touches it; the
handoffs taken back before this upgrade get back the time of the partner's own last report,
or none.

Revision ID: 0065_a_take_back_is_no_news
Revises: 0064_one_time_opens_nothing
Create Date: 2027-02-04 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0065_a_take_back_is_no_news"
down_revision: str | Sequence[str] | None = "0064_one_time_opens_nothing"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        # The events of origin 'gui' and 'import' are what the partner reported.
        """UPDATE handoffs SET last_update_at = (
                SELECT max(e.at) FROM handoff_events e
                 WHERE e.handoff_id = handoffs.id AND e.origin IN ('gui', 'import'))
             WHERE EXISTS (SELECT 1 FROM handoff_events e
                            WHERE e.handoff_id = handoffs.id AND e.origin = 'check_call'
                              AND e.status = 'expired')"""
    )


def downgrade() -> None:
    """The partners' own reports stay as they are."""
