"""base"""
revision = "aa01"
down_revision = None
