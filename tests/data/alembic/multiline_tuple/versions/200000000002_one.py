"""one"""
revision = "200000000002"; down_revision = "100000000001"
