"""SQLAlchemy models, engine set-up, the unit of work and the queue-claim SQL."""
