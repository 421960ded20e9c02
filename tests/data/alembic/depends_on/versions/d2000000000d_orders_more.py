"""orders more

Revision ID: d2000000000d
Revises: d1000000000c
Create Date: 2024-03-04 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd2000000000d'
down_revision = 'd1000000000c'
branch_labels = None
depends_on = ('users', 'c2000000000b')


def upgrade():
    op.execute("SELECT 1")


def downgrade():
    op.execute("SELECT 1")
