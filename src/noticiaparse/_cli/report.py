"""Error lines on stderr, and a progress bar there when asked or when stderr is a terminal."""

from __future__ import annotations

from typing import IO, Any

__all__ = ["Report"]


class Report:
    """Reports problems (``noticiaparse: WHERE: why``) and counts the bytes done.

    ``progress`` is ``True`` or ``False`` to force the bar, ``None`` to show it only
    when stderr is a terminal; ``quiet`` silences both, not the exit code.
    """

    def __init__(
        self, err: IO[str], total: int | None, *, progress: bool | None, quiet: bool
    ) -> None:
        self.err = err
        self.quiet = quiet
        self.failed = False
        self.bar: Any = None
        if progress is None:
            isatty = getattr(err, "isatty", None)
            progress = bool(callable(isatty) and isatty()) and not quiet
        if progress:
            from tqdm import tqdm  # noqa: PLC0415 - only a progress bar pays for the import

            self.bar = tqdm(
                total=total,
                file=err,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                desc="noticiaparse",
                dynamic_ncols=True,
            )

    def error(self, message: str) -> None:
        """Report one problem; the run goes on, and will exit with 1."""
        self.failed = True
        if self.quiet:
            return
        line = f"noticiaparse: {message}"
        if self.bar is None:
            print(line, file=self.err)
        else:
            self.bar.write(line, file=self.err)

    def advance(self, nbytes: int) -> None:
        """Count ``nbytes`` of input as done."""
        if self.bar is not None:
            self.bar.update(nbytes)

    def close(self) -> None:
        """Take the bar down."""
        if self.bar is not None:
            self.bar.close()
