"""services.reports"""
