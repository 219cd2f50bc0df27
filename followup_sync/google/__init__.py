"""Google Calendar: sign-in (``auth``), the API client with retries (``client``), the mapping between
Google's event JSON and our model (``events``), and the backend with incremental sync (``backend``).

Imported only when the config names the google backend.
"""
