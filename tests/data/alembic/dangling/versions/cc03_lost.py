"""lost parent"""


revision = "cc03"
down_revision = "ffff"
