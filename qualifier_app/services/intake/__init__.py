"""services.intake"""
