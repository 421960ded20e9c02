'''two

Revision ID: 300000000003
'''
revision = '300000000003'
down_revision = \
    '100000000001'
