"""names a parent nobody declares"""
revision = "bb02"
down_revision = "aa01"
depends_on = (
    "aa01", "zz99")
