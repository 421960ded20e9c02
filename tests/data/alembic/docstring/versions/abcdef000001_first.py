"""first revision

Revision ID: abcdef000001
Revises:
Create Date: 2023-01-01 00:00:00

Notes: an earlier attempt had
Revision ID: other
revision = "other"
down_revision = "nothing"
"""
# revision = "commented_out"
revision = "abcdef000001"
down_revision = None
