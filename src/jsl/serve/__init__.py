"""jsl serve: a page on this PC where a draft is checked by the same engine as `jsl check` while it is written."""
