"""merge left and right

Revision ID: eeee00000005
Revises: bbbb00000002, dddd00000004
Create Date: 2024-03-04 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'eeee00000005'
down_revision = ('bbbb00000002', 'dddd00000004')
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SELECT 1")


def downgrade():
    op.execute("SELECT 1")
