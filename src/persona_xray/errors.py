"""One exception type for mistakes a user can fix.

The CLI catches :class:`UserError` at its edge and prints its message as one line with exit code 2;
anything else is a bug and keeps its traceback. Messages should name the fix, not only the problem.
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input: a wrong path, an out-of-range layer, a malformed data line, ..."""
