"""The patterns that tell boilerplate, bylines, author bios, reader comments and quotes from reporting.

Part of the lexicon (``eventwire.lexicon``): every word list and pattern the rules read.
"""

from __future__ import annotations

import re

# -- read by clean --


BOILERPLATE_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^related (posts|articles|stories|content|news|coverage)\b",
        r"^other (topics|stories|news|articles) of interest\b",  # a news site's sidebar of other stories
        r"^(you may also like|also read|see also|recommended for you)\b",
        r"^(more|read) (more|also)\b\s*[:\-–—]?",
        r"^(share|tweet|email|print)( this( article| story| post)?)?\s*[:!]?\s*$",
        r"^share (this|on|via)\b",
        r"^click (here )?to (share|print|email)\b",
        r"\b(subscribe|sign up) (to|for) (our|the)\b.*\b(newsletter|updates|channel)\b",
        r"^leave a (reply|comment)\b",
        r"^your email address will not be published",
        r"required fields are marked",
        r"^back to top\b",
        r"^originally published (as|in|on|by)\b",
        r"^advertisement\s*$",
        r"^(©|\(c\)|copyright)\s",
        r"\ball rights reserved\b",
        r"^follow us\b",
        r"\b(cookie|cookies) (policy|settings)\b",
        r"\bshare it with your friends\b",
        r"\bbring you the most interesting articles\b",
        r"\bencourage us to do it even better\b",
        r"^(watch|listen)\s*:",
        r"^(comments|\d+ comments?)\s*$",
        r"^(previous|next) (article|post)\b",
        r"^(tags|topics|filed under)\s*:",
        r"^newsletter\b",
        r"\bby submitting your email\b",
        r"\bterms of service and privacy policy\b",
        r"\byou (can|may) (opt out|unsubscribe) at any time\b",
        r"\benable javascript\b",
    )
)


FIRST_PERSON_BIO = re.compile(
    r"^(I am|I'm|I have been)\s+(a|an|the)\b.*\b(writer|journalist|reporter|correspondent|editor|specialist|author|content|blogger|analyst|contributor)",
    re.IGNORECASE,
)


THIRD_PERSON_BIO = re.compile(
    r"^(?:[A-Z][\w.'-]+\s){1,3}is (a|an|the)\b[^.]{0,120}\b(writer|journalist|reporter|correspondent|editor|author|contributor|columnist|fellow|specialist|blogger)\b"
)


EDITOR_NOTE = re.compile(r"^editor[’']?s note\s*:", re.IGNORECASE)


BYLINE = re.compile(r"^(By|BY|Written by|Words by|Author)\s*:?\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}\s*([,|–—-].{0,60})?$")


DATELINE = re.compile(r"^[A-Z][A-Za-z .]{1,30}\s[—–-]\s*$")


TIMESTAMP = re.compile(r"^\d{1,2}[.:]\d{2}\s*(am|pm|[A-Z]{2,4})?\s*$", re.IGNORECASE)


NAME_ONLY = re.compile(r"^[A-Z][a-z]+(?:\s[A-Z][a-z'-]+){1,2}$")


COMMENT_INTRO = re.compile(r"\b(your comments|reader comments|below the line|from our readers)\b", re.IGNORECASE)


REPORTING_SIGNAL = re.compile(
    r"\b(said|says|told|tells|according to|reports?|reported|announced|confirmed|claimed|claims|stated|statement|"
    r"ministry|spokes(man|woman|person)|officials?|governor|military|general staff)\b",
    re.IGNORECASE,
)


FIRST_PERSON_SINGULAR = re.compile(r"(^|[^\w’'])(I|I'm|I’m|I've|I’ve|I'd|I’d|[Mm]y|[Mm]e)\b")


CONTRACTION = re.compile(r"\b\w+(n['’]t|['’]re|['’]ve|['’]ll)\b|\b(it|there|that)['’]s\b", re.IGNORECASE)


INFORMAL = re.compile(
    r"\b(imagine|i bet|my bet|kidding|honestly|feels like|just hope|lol|wild|slava ukraini|great reporting|keep it up|stay safe|just watch|"
    r"haven['’]t (heard|felt|seen)|would not surprise)\b",
    re.IGNORECASE,
)


QUOTED_SPAN = re.compile(r"[\"“«][^\"”»]*[\"”»]")


QUOTE_INTRO = re.compile(r"(in full|said|wrote|writes|says|posted|reads|following)\s*:\s*$", re.IGNORECASE)


RELATED_HEADER = re.compile(r"^(related|more|read more|recommended|most read|popular|latest)\b", re.IGNORECASE)


LIVE_BLOG_TITLE = re.compile(r"\blive\b", re.IGNORECASE)
