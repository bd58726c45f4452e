"""services.workspace"""
