"""second revision
with a message on two lines

Revision ID: abcdef000002
Revises: abcdef000001
"""
revision = "abcdef000002"
down_revision = "abcdef000001"
