"""ui.reports"""
