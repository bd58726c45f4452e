"""services.board"""
