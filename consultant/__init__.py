"""consultant: an email-driven medical coding consultation service.

Case emails come in over IMAP or SMTP, become drafted replies proposing CPT
and HCPCS Level II codes, and go out only after a certified coder approves.
"""
__version__ = "0.1.0"
