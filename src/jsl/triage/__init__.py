"""jsl triage: sort the replies a post draws into keep, hide/delete, block, report and police (guideline 6(5), 6(6))."""
