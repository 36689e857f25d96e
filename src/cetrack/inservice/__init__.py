"""In-service sessions: educators run them, attendance is taken once, and every attendee gets
an issued activity with a certificate in their own records (docs/lab.md, "In-service
sessions")."""
