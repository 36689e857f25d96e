"""Reminder e-mails: deadlines, declaration windows, overdue renewals, competency, imports
waiting for review, and managers' weekly digests — on the job queue (docs/reminders.md)."""
