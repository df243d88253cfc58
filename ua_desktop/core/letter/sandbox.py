"""A Jinja2 sandbox that also stops resource exhaustion, for templates that come from other groups.

jinja2's ImmutableSandboxedEnvironment stops attribute walks to Python internals
(`''.__class__.__mro__`, `cycler.__init__.__globals__`) but not a template that eats the machine. Some of
that even happens while compiling: Jinja folds constant expressions, so `{{ 'a' * 10**9 }}` or
`{{ 9**(9**9) }}` would run inside from_string(). This environment therefore:

* intercepts `*`, `**`, `+`, `//` and `%` (intercepted operators are never folded at compile time) and
  checks the operands before computing: no text, list or number larger than MAX_VALUE characters/items or
  MAX_INT_BITS bits can be made; `%` formatting of text is refused (its width field allocates at will);
* routes `~` (concatenation) through the same size check by a small code-generator override;
* offers only filters and text methods whose output is bounded by their input, and checks the size of
  every call's result; `range` is capped (jinja2's MAX_RANGE) and `lipsum` is gone;
* runs compile and render under a wall-clock limit (run_with_deadline) and stops the output at MAX_OUTPUT
  characters.
"""

from __future__ import annotations

import ctypes
import itertools
import math
import threading
import time
from collections.abc import Callable, Sized
from typing import Any

from jinja2 import StrictUndefined
from jinja2 import filters as jinja_filters
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.nodes import Concat
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ua_desktop.core.letter.messages import LimitMessage, TemplateProblem
from ua_desktop.core.messages import Message, message

MAX_VALUE = 1_000_000  # characters or items of one value
MAX_INT_BITS = 4096  # about 1,200 decimal digits
MAX_OUTPUT = 500_000  # characters of rendered text: some 150 pages
MAX_TEMPLATE = 200_000  # characters of template source
TIME_LIMIT_S = 2.0


class ResourceLimitError(Exception):
    """A template tried to make something too big or to run too long; reason says which, as a Message."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason)  # str(error) is the English wording
        self.reason = reason


class MessageText(str):
    """The English text Jinja2 puts into its own exception, carrying the typed message it words.

    Jinja2 builds an UndefinedError or SecurityError from a string; this one keeps the Message, so the
    TemplateError made from the exception (core/letter/templates.py) is worded in the reader's language.
    """

    message: Message

    def __new__(cls, msg: Message) -> MessageText:
        text = super().__new__(cls, msg.english())
        text.message = msg
        return text


class _Deadline(BaseException):
    """Raised asynchronously in the rendering thread when the time is up (BaseException: not swallowed)."""


def _check_size(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_INT_BITS:
        raise ResourceLimitError(message(LimitMessage.BIG_NUMBER, bits=MAX_INT_BITS))
    if isinstance(value, Sized) and not isinstance(value, range) and len(value) > MAX_VALUE:
        raise ResourceLimitError(message(LimitMessage.BIG_VALUE, limit=MAX_VALUE))
    return value


def _length(value: Any) -> int:
    return len(value) if isinstance(value, Sized) else 0


def _check_binop(operator: str, left: Any, right: Any) -> None:
    if operator == "*":
        for seq, times in ((left, right), (right, left)):
            is_repeat = isinstance(times, int) and isinstance(seq, (str, list, tuple))
            if is_repeat and _length(seq) * max(times, 0) > MAX_VALUE:
                raise ResourceLimitError(message(LimitMessage.REPEATING, limit=MAX_VALUE))
        both_int = isinstance(left, int) and isinstance(right, int)
        if both_int and abs(left).bit_length() + abs(right).bit_length() > MAX_INT_BITS:
            raise ResourceLimitError(message(LimitMessage.BIG_NUMBER, bits=MAX_INT_BITS))
    elif operator == "**":
        if isinstance(left, (int, float)) and isinstance(right, (int, float)):
            base = abs(float(left)) if isinstance(left, float) else abs(left)
            if base > 1 and right > 0 and right * math.log2(base) > MAX_INT_BITS:
                raise ResourceLimitError(message(LimitMessage.BIG_POWER, bits=MAX_INT_BITS))
    elif operator == "+":
        if isinstance(left, Sized) and isinstance(right, Sized) and len(left) + len(right) > MAX_VALUE:
            raise ResourceLimitError(message(LimitMessage.JOINING_VALUES, limit=MAX_VALUE))
    elif operator == "%" and isinstance(left, str):
        raise SecurityError(MessageText(message(TemplateProblem.PERCENT_ON_TEXT)))


def _guarded_join(value: Any, d: str = "", attribute: Any = None) -> str:
    items = list(value)
    total = sum(len(str(item)) for item in items) + len(str(d)) * max(len(items) - 1, 0)
    if total > MAX_VALUE:
        raise ResourceLimitError(message(LimitMessage.JOINING_VALUES, limit=MAX_VALUE))
    return "".join(str(item) if i == 0 else f"{d}{item}" for i, item in enumerate(items))


def _guarded_replace(value: Any, old: str, new: str, count: int | None = None) -> str:
    text = str(value)
    hits = text.count(str(old)) if old else len(text) + 1
    if count is not None and count >= 0:
        hits = min(hits, count)
    if len(text) + hits * max(len(str(new)) - len(str(old)), 0) > MAX_VALUE:
        raise ResourceLimitError(message(LimitMessage.REPLACING, limit=MAX_VALUE))
    return text.replace(str(old), str(new), -1 if count is None else count)


# Filters whose output is at most a small multiple of their input; everything else is unknown to templates.
_SAFE_FILTERS = [
    "abs",
    "capitalize",
    "count",
    "d",
    "default",
    "first",
    "float",
    "int",
    "last",
    "length",
    "list",
    "lower",
    "max",
    "min",
    "reverse",
    "round",
    "sort",
    "string",
    "title",
    "trim",
    "truncate",
    "unique",
    "upper",
    "wordcount",
]
# Text methods, likewise; center/ljust/zfill/expandtabs/format take a size argument and are left out.
_SAFE_STR_METHODS = frozenset(
    [
        "capitalize",
        "casefold",
        "count",
        "endswith",
        "find",
        "isalpha",
        "isdigit",
        "islower",
        "isspace",
        "istitle",
        "isupper",
        "lower",
        "lstrip",
        "removeprefix",
        "removesuffix",
        "replace",
        "rstrip",
        "split",
        "splitlines",
        "startswith",
        "strip",
        "swapcase",
        "title",
        "upper",
    ]
)


class _GuardedCodeGenerator(CodeGenerator):
    """Routes `~` through environment.guarded_concat so text cannot double its way to gigabytes."""

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        self.write("environment.guarded_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class LetterSandbox(ImmutableSandboxedEnvironment):
    """The one Jinja2 environment for letters: immutable sandbox, strict undefined, size guards."""

    intercepted_binops = frozenset({"*", "**", "+", "//", "%"})
    code_generator_class = _GuardedCodeGenerator

    def __init__(self, undefined: type[StrictUndefined] = StrictUndefined) -> None:
        super().__init__(
            undefined=undefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            auto_reload=False,
            cache_size=0,
        )
        self.filters = {name: jinja_filters.FILTERS[name] for name in _SAFE_FILTERS}
        self.filters["join"] = _guarded_join
        self.filters["replace"] = _guarded_replace
        self.globals = {name: self.globals[name] for name in ("range", "cycler", "joiner", "namespace")}

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _check_binop(operator, left, right)
        return _check_size(super().call_binop(context, operator, left, right))

    def guarded_concat(self, parts: tuple[Any, ...]) -> str:
        texts = [str(part) for part in parts]
        if sum(map(len, texts)) > MAX_VALUE:
            raise ResourceLimitError(message(LimitMessage.JOINING_TEXT, limit=MAX_VALUE))
        return "".join(texts)

    def wrap_str_format(self, value: Any) -> None:
        """No str.format/format_map at all: a width field such as {:999999999} allocates at will."""
        return None

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, str) and attr not in _SAFE_STR_METHODS:
            return False
        return super().is_safe_attribute(obj, attr, value)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        if getattr(__obj, "__name__", "") == "replace" and isinstance(getattr(__obj, "__self__", None), str):
            return _guarded_replace(__obj.__self__, *args, **kwargs)
        return _check_size(super().call(__context, __obj, *args, **kwargs))


class _Watchdog:
    """One helper thread that interrupts whichever thread overstays its deadline.

    A thread per render (threading.Timer) cost half a millisecond to start, as much as drawing a page;
    this thread sleeps until the earliest deadline and is woken only when a sooner one arrives.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._deadlines: dict[int, tuple[float, int]] = {}  # token → (deadline, thread to interrupt)
        self._fired: set[int] = set()
        self._tokens = itertools.count()
        self._wake_at: float | None = None  # when the helper looks again; None: asleep until woken
        self._thread: threading.Thread | None = None

    def arm(self, seconds: float) -> int:
        deadline = time.monotonic() + seconds
        with self._lock:
            token = next(self._tokens)
            self._deadlines[token] = (deadline, threading.get_ident())
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._watch, name="ua-desktop template watchdog")
                self._thread.daemon = True
                self._thread.start()
            elif self._wake_at is None or deadline < self._wake_at:
                self._wake.notify()
            return token

    def disarm(self, token: int) -> None:
        """Forget token's deadline; withdraw the interruption if it fired but has not arrived yet."""
        with self._lock:
            _deadline, ident = self._deadlines.pop(token, (0.0, threading.get_ident()))
            if token in self._fired:
                self._fired.discard(token)
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), None)

    def _watch(self) -> None:
        with self._lock:
            while True:
                now = time.monotonic()
                for token, (deadline, ident) in list(self._deadlines.items()):
                    if deadline <= now and token not in self._fired:
                        self._fired.add(token)
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(
                            ctypes.c_ulong(ident), ctypes.py_object(_Deadline)
                        )
                waiting = [
                    deadline for token, (deadline, _) in self._deadlines.items() if token not in self._fired
                ]
                self._wake_at = min(waiting, default=None)
                self._wake.wait(None if self._wake_at is None else self._wake_at - now)


_WATCHDOG = _Watchdog()


def run_with_deadline[T](work: Callable[[], T], seconds: float = TIME_LIMIT_S) -> T:
    """Run work in this thread; raise ResourceLimitError if it has not finished after seconds.

    A watchdog thread raises an exception inside this thread (PyThreadState_SetAsyncExc, the documented
    C API for this) when time is up. That interrupts pure-Python loops, which is all a sandboxed template
    can run; single huge C-level operations are prevented beforehand by the size checks above.
    """
    token = _WATCHDOG.arm(seconds)
    try:
        try:
            return work()
        finally:
            _WATCHDOG.disarm(token)
    except _Deadline:
        raise ResourceLimitError(message(LimitMessage.TOO_SLOW, seconds=f"{seconds:g}")) from None
