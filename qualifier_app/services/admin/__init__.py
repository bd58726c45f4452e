"""services.admin"""
