"""ui.partners"""
