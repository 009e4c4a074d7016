"""jsl: lint Japanese social-media posts against the body's social media guideline."""

__version__ = "0.1.0"
