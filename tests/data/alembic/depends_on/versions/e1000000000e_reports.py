"""reports

Revision ID: e1000000000e
Revises: c2000000000b
Create Date: 2024-03-04 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e1000000000e'
down_revision = 'c2000000000b'
branch_labels = None
depends_on = ['orders']


def upgrade():
    op.execute("SELECT 1")


def downgrade():
    op.execute("SELECT 1")
