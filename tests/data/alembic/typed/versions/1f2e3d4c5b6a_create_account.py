"""create account

Revision ID: 1f2e3d4c5b6a
Revises: 
Create Date: 2024-05-01 09:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '1f2e3d4c5b6a'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table("account", sa.Column("id", sa.Integer, primary_key=True))


def downgrade() -> None:
    op.drop_table("account")
