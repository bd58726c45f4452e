"""What talks to the outside: mail delivery, files, the OS keyring."""
