"""merge heads

Revision ID: 3b4c5d6e7f80
Revises: 2a3b4c5d6e7f, 4c5d6e7f8091
Create Date: 2024-05-04 09:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '3b4c5d6e7f80'
down_revision: Union[str, Sequence[str], None] = ('2a3b4c5d6e7f', '4c5d6e7f8091')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
