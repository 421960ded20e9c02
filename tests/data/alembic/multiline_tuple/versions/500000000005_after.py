"""after the merge"""
from alembic import op

revision = "500000000005"
down_revision = "400000000004"
depends_on = ("100000000001",
              "merged")


def upgrade():
    op.execute("""
revision = 'in_a_string'
""")
