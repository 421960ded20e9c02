"""billing next

Revision ID: b2000000000d
Revises: b1000000000c
Create Date: 2024-03-04 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b2000000000d'
down_revision = 'b1000000000c'
branch_labels = 'billing_v2'
depends_on = None


def upgrade():
    op.execute("SELECT 1")


def downgrade():
    op.execute("SELECT 1")
