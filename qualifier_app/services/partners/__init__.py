"""services.partners"""
