"""billing base

Revision ID: b1000000000c
Revises: 
Create Date: 2024-03-04 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b1000000000c'
down_revision = None
branch_labels = ['billing', 'invoices']
depends_on = None


def upgrade():
    op.execute("SELECT 1")


def downgrade():
    op.execute("SELECT 1")
