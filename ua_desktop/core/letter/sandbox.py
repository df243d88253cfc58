"""A Jinja2 sandbox that also stops resource exhaustion, for templates that come from other groups.

jinja2's ImmutableSandboxedEnvironment stops attribute walks to Python internals
(`''.__class__.__mro__`, `cycler.__init__.__globals__`) but not a template that eats the machine. Some of
that even happens while compiling: Jinja folds constant expressions, so `{{ 'a' * 10**9 }}` or
`{{ 9**(9**9) }}` would run inside from_string(). This environment therefore bounds time *and* memory:

* every value a template makes is measured deeply (measure()): a list of a thousand references to one
  long text counts as a thousand long texts, because that is what printing it makes. No value may measure
  more than MAX_VALUE characters (items count ITEM_WEIGHT each), and one render may make no more than
  MAX_WORK in all, so keeping many big values alive is refused too (`{% set a = s ~ '' %}` a thousand
  times);
* `*`, `**`, `+`, `//` and `%` are intercepted (intercepted operators are never folded at compile time) and
  their operands checked before computing; `%` formatting of text is refused (its width field allocates
  at will);
* every conversion to text goes through as_text(): printing (`{{ }}`, the environment's finalize), `~`,
  `|string`, `|join`, the text filters and the blocks that macros and `{% set %}` join (`concat`). It
  measures before converting, and prints only text, numbers and the letter's fields: a function, a class
  or another object (`{{ range }}`, `{{ cycler(1, 2) }}`) is an error, never a Python repr with a memory
  address;
* only filters and text methods whose output is bounded by their input are offered, each result is
  measured, slices are measured, `range` is capped (jinja2's MAX_RANGE) and `lipsum` is gone;
* compile and render run under a wall-clock limit (run_with_deadline) and the output stops at MAX_OUTPUT
  characters.

Exports and the preview also render in a child process whose address space is limited
(core/letter/isolation.py): the backstop for whatever these checks do not foresee.
"""

from __future__ import annotations

import ctypes
import dataclasses
import functools
import itertools
import math
import threading
import time
from collections.abc import Callable, Iterable, Sized
from typing import Any

from jinja2 import StrictUndefined, Undefined
from jinja2 import filters as jinja_filters
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.lexer import TokenStream
from jinja2.nodes import Concat, Getitem, Slice
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import _PassArg

from ua_desktop.core.letter.messages import LimitMessage, TemplateProblem
from ua_desktop.core.messages import Message, message

MAX_VALUE = 1_000_000  # characters of one value (see measure(): an item of a list counts ITEM_WEIGHT more)
ITEM_WEIGHT = 4  # what one item of a list, tuple or mapping adds to its measure: ", " and its share of memory
MAX_WORK = 10_000_000  # characters and items one render may make in all: a few dozen MB at most
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


class NotTextError(TypeError):
    """A template printed something that is not text: a function, a class or another object."""


_FLAT = (str, bytes)
_CONTAINERS = (list, tuple, set, frozenset, dict)


def measure(value: Any, limit: int = MAX_VALUE, printable: bool = False) -> int:
    """About how many characters str(value) writes, counting nested values; stops once above limit.

    A container counts 2 plus ITEM_WEIGHT per item plus its items, walked without recursion (a list nested
    a hundred thousand deep is measured like a long one); each visit adds at least 1, so the walk takes at
    most limit steps. With printable, an object that would print as a Python repr (a function, a class, a
    cycler) raises NotTextError, and an undefined value raises its own error.
    """
    total = 0
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, _FLAT):
            total += len(item)
        elif isinstance(item, bool) or item is None:
            total += 5
        elif isinstance(item, int):
            total += item.bit_length() // 3 + 1
        elif isinstance(item, float):
            total += 24
        elif isinstance(item, _CONTAINERS):
            total += 2 + ITEM_WEIGHT * len(item)
            if total > limit:
                return total
            pending.extend(item)
            if isinstance(item, dict):
                pending.extend(item.values())
        elif isinstance(item, Undefined):
            if printable:
                str(item)  # StrictUndefined raises the error that names the unknown field
            total += 9
        elif printable and not (dataclasses.is_dataclass(item) and not isinstance(item, type)):
            raise NotTextError(MessageText(message(TemplateProblem.NOT_TEXT)))
        else:
            total += 64  # the letter's field objects, a range, a cycler: small, or refused when printed
        if total > limit:
            return total
    return total


class _Work(threading.local):
    spent = 0


_WORK = _Work()  # per thread: a render runs in one thread (run_with_deadline), and resets it at the start


def _charge(size: int) -> None:
    _WORK.spent += size
    if _WORK.spent > MAX_WORK:
        raise ResourceLimitError(message(LimitMessage.TOO_MUCH_WORK, limit=MAX_WORK))


def _check_size(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_INT_BITS:
        raise ResourceLimitError(message(LimitMessage.BIG_NUMBER, bits=MAX_INT_BITS))
    if measure(value) > MAX_VALUE:
        raise ResourceLimitError(message(LimitMessage.BIG_VALUE, limit=MAX_VALUE))
    return value


def _made(value: Any) -> Any:
    """A value the template just made: refused when too big, and counted against the render's MAX_WORK."""
    _check_size(value)
    _charge(measure(value))
    return value


def as_text(value: Any) -> str:
    """value as the letter prints it, measured before it is converted; refuses what is not text.

    Text and numbers print as usual, and so do the letter's fields ({{ signer }} is the name); a list, a
    set or a mapping prints its items as a letter would, "Anna, Peter" and "key: value", never as Python
    writes them ("['Anna', 'Peter']", or the field objects' repr). A function, a class or another object
    raises NotTextError.
    """
    if isinstance(value, str):
        return value
    if measure(value, printable=True) > MAX_VALUE:
        raise ResourceLimitError(message(LimitMessage.BIG_VALUE, limit=MAX_VALUE))
    text = _printed(value) if isinstance(value, _CONTAINERS) else str(value)
    _charge(len(text))
    return text


class _Literal(str):
    """A separator _printed writes as it is."""


def _printed(value: Any) -> str:
    """A container's items as text, separated by ", " (mappings as "key: value"); nested containers are
    flattened without recursion, so a list nested thousands deep prints like a long one."""
    out: list[str] = []
    pending: list[Any] = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, _Literal):
            out.append(item)
        elif isinstance(item, _CONTAINERS):
            if isinstance(item, dict):
                parts = [[key, _Literal(": "), val] for key, val in item.items()]
            else:
                parts = [[entry] for entry in item]
            sequence: list[Any] = []
            for index, part in enumerate(parts):
                if index:
                    sequence.append(_Literal(", "))
                sequence.extend(part)
            pending.extend(reversed(sequence))
        else:
            out.append(item if isinstance(item, str) else str(item))
    return "".join(out)


def _check_binop(operator: str, left: Any, right: Any) -> None:
    if operator == "*":
        for seq, times in ((left, right), (right, left)):
            is_repeat = isinstance(times, int) and isinstance(seq, (str, list, tuple))
            if is_repeat and len(seq) and measure(seq) * max(times, 0) > MAX_VALUE:
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
        if (
            isinstance(left, Sized)
            and isinstance(right, Sized)
            and measure(left) + measure(right) > MAX_VALUE
        ):
            raise ResourceLimitError(message(LimitMessage.JOINING_VALUES, limit=MAX_VALUE))
    elif operator == "%" and isinstance(left, str):
        raise SecurityError(MessageText(message(TemplateProblem.PERCENT_ON_TEXT)))


def _joined(texts: Iterable[Any], separator: str, limit_message: LimitMessage) -> str:
    """The texts of values joined by separator, stopped as soon as the result would pass MAX_VALUE."""
    parts: list[str] = []
    total = 0
    for item in texts:
        text = as_text(item)
        total += len(text) + (len(separator) if parts else 0)
        if total > MAX_VALUE:
            raise ResourceLimitError(message(limit_message, limit=MAX_VALUE))
        parts.append(text)
    _charge(total)
    return separator.join(parts)


def _guarded_join(value: Any, d: Any = "", attribute: Any = None) -> str:
    return _joined(value, as_text(d), LimitMessage.JOINING_VALUES)


def _guarded_replace(value: Any, old: Any, new: Any, count: int | None = None) -> str:
    text, old, new = as_text(value), as_text(old), as_text(new)
    hits = text.count(old) if old else len(text) + 1
    if count is not None and count >= 0:
        hits = min(hits, count)
    if len(text) + hits * max(len(new) - len(old), 0) > MAX_VALUE:
        raise ResourceLimitError(message(LimitMessage.REPLACING, limit=MAX_VALUE))
    replaced = text.replace(old, new, -1 if count is None else count)
    _made(replaced)
    return replaced


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
# Filters that turn their input into text (Jinja2 calls str() on it): the input goes through as_text().
_TEXT_FILTERS = frozenset(["capitalize", "lower", "title", "trim", "truncate", "upper", "wordcount"])
# Filters that make a new value (the others return one they were given, or a number): measured and counted.
_MAKING_FILTERS = _TEXT_FILTERS | {"list", "reverse", "sort", "unique"}
# Filters that make one item per character of a text: refused before they start when that is too many.
_PER_CHARACTER = frozenset(["list", "sort", "unique"])


def _guarded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """function with its input turned into text (text filters) and its result measured (making filters)."""
    position = 0 if _PassArg.from_obj(function) is None else 1  # after the environment or context
    text_input, making, per_character = (
        name in _TEXT_FILTERS,
        name in _MAKING_FILTERS,
        name in _PER_CHARACTER,
    )

    def guarded(*args: Any, **kwargs: Any) -> Any:
        if len(args) > position:
            value = args[position]
            if text_input and not isinstance(value, str):
                args = (*args[:position], as_text(value), *args[position + 1 :])
            elif per_character and isinstance(value, str) and len(value) * (ITEM_WEIGHT + 1) > MAX_VALUE:
                raise ResourceLimitError(message(LimitMessage.BIG_VALUE, limit=MAX_VALUE))
        result = function(*args, **kwargs)
        return _made(result) if making else result

    return functools.update_wrapper(guarded, function)  # keeps jinja_pass_arg


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
    """Routes `~` and slices through the environment, which measures what they make.

    Jinja2 writes both as plain Python (`a + b` joined by str, `s[1:]`), past the sandbox: `~` could double
    text to gigabytes, and three hundred `{% set k = s[1:] %}` keep three hundred copies of a long text.
    """

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        self.write("environment.guarded_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")

    def visit_Getitem(self, node: Getitem, frame: Frame) -> None:
        if not isinstance(node.arg, Slice):
            super().visit_Getitem(node, frame)
            return
        self.write("environment.getitem(")
        self.visit(node.node, frame)
        self.write(", slice(")
        for index, part in enumerate((node.arg.start, node.arg.stop, node.arg.step)):
            if index:
                self.write(", ")
            if part is None:
                self.write("None")
            else:
                self.visit(part, frame)
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
            finalize=as_text,  # every {{ }}: measured, and only text, numbers and the letter's fields
        )
        self.filters = {name: _guarded_filter(name, jinja_filters.FILTERS[name]) for name in _SAFE_FILTERS}
        self.filters["string"] = as_text
        self.filters["join"] = _guarded_join
        self.filters["replace"] = _guarded_replace
        self.globals = {name: self.globals[name] for name in ("range", "cycler", "joiner", "namespace")}

    def _tokenize(
        self, source: str, name: str | None, filename: str | None = None, state: str | None = None
    ) -> TokenStream:
        """All tokens at once, not from Jinja2's generators while the parser recurses.

        The parser pulls tokens lazily from two generators. A template nested deeper than Python's stack
        (`{% if 1 %}` three thousand times) ends in a RecursionError, which is reported as "nested too
        deeply"; but when the limit is hit just as the parser resumes a generator, Python also prints
        "Exception ignored in: <generator object Lexer.tokeniter> … RecursionError" to stderr. Lexing
        is a loop, so a list of tokens costs no depth and leaves no generator to resume.
        """
        tokens = list(super()._tokenize(source, name, filename, state))
        return TokenStream(iter(tokens), name, filename)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _check_binop(operator, left, right)
        return _made(super().call_binop(context, operator, left, right))

    def guarded_concat(self, parts: tuple[Any, ...]) -> str:
        """`a ~ b`: both as text, refused before the result passes MAX_VALUE."""
        return _joined(parts, "", LimitMessage.JOINING_TEXT)

    def concat(self, parts: Iterable[Any]) -> str:
        """Joins what a macro, a `{% set %}` block or a `{% filter %}` block wrote (Jinja2: "".join)."""
        return _joined(parts, "", LimitMessage.JOINING_TEXT)

    def getitem(self, obj: Any, argument: Any) -> Any:
        """obj[argument]; a slice makes a new value, so it is measured like every other."""
        item = super().getitem(obj, argument)
        return _made(item) if isinstance(argument, slice) else item

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
        return _made(super().call(__context, __obj, *args, **kwargs))


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

    It also starts the count of what the work makes afresh (MAX_WORK is per compile and per render).

    A watchdog thread raises an exception inside this thread (PyThreadState_SetAsyncExc, the documented
    C API for this) when time is up. That interrupts pure-Python loops, which is all a sandboxed template
    can run; single huge C-level operations are prevented beforehand by the size checks above.
    """
    _WORK.spent = 0
    token = _WATCHDOG.arm(seconds)
    try:
        try:
            return work()
        finally:
            _WATCHDOG.disarm(token)
    except _Deadline:
        raise ResourceLimitError(message(LimitMessage.TOO_SLOW, seconds=f"{seconds:g}")) from None
