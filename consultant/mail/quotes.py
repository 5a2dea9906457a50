"""Set aside quoted history, signatures and disclaimers.

A client's reply often carries the whole thread below it and a legal
footer; neither may produce codes.  We cut at the first reply header
("On ... wrote:", "-----Original Message-----", an Outlook From:/Sent: block),
drop ">"-quoted lines, and cut the signature at "-- " or a known sign-off
or disclaimer line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_REPLY_HEADER = re.compile(
    r"^(On .{0,200}wrote:\s*$|-{2,}\s*Original Message\s*-{2,}|-{2,}\s*Forwarded message\s*-{2,}"
    r"|Begin forwarded message:|From:\s.+\n(Sent|Date):\s)",
    re.I | re.M,
)
_SIGNATURE = re.compile(
    r"^(-- ?$|__+$|Sent from my (iPhone|iPad|Android|mobile)|Get Outlook for"
    r"|CONFIDENTIALITY NOTICE|This (e-?mail|message)( and any attachments?)? (is|are|may be) (confidential|intended)"
    r"|DISCLAIMER:)",
    re.I | re.M,
)


@dataclass
class Split:
    body: str
    quoted: str
    signature: str


def split_reply(text: str) -> Split:
    quoted_parts = []
    match = _REPLY_HEADER.search(text)
    if match:
        quoted_parts.append(text[match.start():])
        text = text[: match.start()]
    kept, quoted_lines = [], []
    for line in text.splitlines():
        (quoted_lines if line.lstrip().startswith(">") else kept).append(line)
    if quoted_lines:
        quoted_parts.insert(0, "\n".join(quoted_lines))
    body = "\n".join(kept)
    signature = ""
    sig = _SIGNATURE.search(body)
    if sig:
        signature = body[sig.start():]
        body = body[: sig.start()]
    return Split(body=body.strip(), quoted="\n".join(quoted_parts).strip(), signature=signature.strip())
