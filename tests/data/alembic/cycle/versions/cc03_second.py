"""second of the loop"""
revision = "cc03"
down_revision = ("bb02", "aa01")
