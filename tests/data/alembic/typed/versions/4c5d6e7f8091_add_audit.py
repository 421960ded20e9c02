"""add audit table

Revision ID: 4c5d6e7f8091
Revises: 1f2e3d4c5b6a
Create Date: 2024-05-03 09:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '4c5d6e7f8091'
down_revision: Union[str, None] = '1f2e3d4c5b6a'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table("audit", sa.Column("id", sa.Integer, primary_key=True))


def downgrade() -> None:
    op.drop_table("audit")
