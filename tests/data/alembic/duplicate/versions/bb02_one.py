"""one"""
revision = "bb02"
down_revision = "aa01"
