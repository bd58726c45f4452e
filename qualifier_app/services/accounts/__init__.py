"""services.accounts"""
