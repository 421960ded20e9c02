"""a copy that kept the id"""

revision = "bb02"
down_revision = "aa01"
