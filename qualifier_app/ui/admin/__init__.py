"""ui.admin"""
