"""merge one and two, over several lines

Revision ID: 400000000004
Revises: 200000000002, 300000000003
"""

# revision identifiers, used by Alembic.
revision = "400000000004"  # the merge
down_revision = (
    "200000000002",  # one
    # a comment between the parents
    '300000000003',
)
branch_labels = [
    "merged",
]
depends_on = None
