"""first of the loop"""
revision = "bb02"
down_revision = "cc03"
