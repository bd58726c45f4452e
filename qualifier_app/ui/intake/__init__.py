"""ui.intake"""
