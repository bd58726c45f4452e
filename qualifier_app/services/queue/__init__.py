"""services.queue"""
