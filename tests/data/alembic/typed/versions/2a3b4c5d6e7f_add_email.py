"""add email to account

Adds the column the sign-up form needs.

Revision ID: 2a3b4c5d6e7f
Revises: 1f2e3d4c5b6a
Create Date: 2024-05-02 09:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "2a3b4c5d6e7f"
down_revision: Union[str, None] = "1f2e3d4c5b6a"
branch_labels: Union[str, Sequence[str], None] = ("accounts",)
depends_on: Union[str, Sequence[str], None] = None
revision_note: str = "not the revision"


def upgrade() -> None:
    revision = "inner_not_module_level"
    op.add_column("account", sa.Column("email", sa.String(200)))


def downgrade() -> None:
    op.drop_column("account", "email")
