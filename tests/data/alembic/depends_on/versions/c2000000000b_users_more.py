"""users more

Revision ID: c2000000000b
Revises: c1000000000a
Create Date: 2024-03-04 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c2000000000b'
down_revision = 'c1000000000a'
branch_labels = None
depends_on = 'f1000000000f'


def upgrade():
    op.execute("SELECT 1")


def downgrade():
    op.execute("SELECT 1")
