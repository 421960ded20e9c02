"""base"""
revision = "aa01"
down_revision = get_parent()
