"""services.compliance"""
