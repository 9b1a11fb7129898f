"""Evaluation: gold sets, scoring, the gold runner, the LangChain baseline, RAMDocs, reports.

``gold`` reads and validates a gold set; ``scoring`` holds every scoring rule and metric;
``runner`` ingests a corpus and scores a system on the gold items; ``baseline`` is the
LangChain quick-start it is compared with; ``ramdocs`` scores RAMDocs' development splits;
``report`` formats a report (console, markdown, plot). ``factbot eval`` (``bot.cli``) ties
them together.
"""
