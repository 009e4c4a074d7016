"""The YAML loader jsl reads its own files and front matter with: safe, and libyaml's C parser when
PyYAML was built with it (several times faster). yaml is imported on first use, not with jsl."""
from __future__ import annotations

from functools import cache


@cache
def loader():
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)
