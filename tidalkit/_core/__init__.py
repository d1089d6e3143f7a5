"""The layer both API clients share, between the transport (``_http``) and their endpoints."""
