"""base"""
revision = "100000000001"
down_revision = None
branch_labels = None
depends_on = None
