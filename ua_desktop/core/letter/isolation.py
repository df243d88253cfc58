"""Templates rendered in a child process whose memory is limited: exports, `letter render` and the preview.

A letter's template comes from whoever shared the case. The sandbox (core/letter/sandbox.py) bounds what a
template can make, but it cannot foresee every way to fill the memory; a child process whose address space
is limited is the backstop. Whatever a template does, it ends in a clear error within seconds and a few
hundred MB, and the program (the window with its unsaved work, the export's other letters) is not the
process that runs out of memory.

The child gets the case, the template and the letters to render and answers with RenderedLetters (plain
text pieces) or the UserError; the parent lays them out and writes the PDF as before. The layout takes
time in proportion to the text (core/letter/layout.py), and a letter's text is bounded by the sandbox.

The limit is RLIMIT_AS (address space) set by the child on itself after its imports: Linux only. Elsewhere
the child still keeps a runaway template out of the program's process, and the sandbox's limits apply.

Children are started with "spawn" (safe beside Qt's threads and any other thread) and kept for the next
export of the same process, so a run of exports or a test suite pays the interpreter start once.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import logging
import multiprocessing
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING

from ua_desktop.core.errors import UserError
from ua_desktop.core.letter.messages import LetterMessage
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.messages import Message
from ua_desktop.core.posting import AddressStyle

if TYPE_CHECKING:
    from ua_desktop.core.cases.model import Case, Recipient
    from ua_desktop.core.letter.rendered import RenderedLetter
    from ua_desktop.core.letter.templates import LetterRenderer

log = logging.getLogger(__name__)

MEMORY_LIMIT_MB = 400  # what a render child may take beyond its size after start-up
FIRST_REPLY_S = 60.0  # the child imports Jinja2 and Babel before it answers the first time
REPLY_S = 10.0  # and then answers at once, apart from the templates' own time:
PER_LETTER_S = 7.0  # body, salutation and closing, each stopped by the sandbox after 2 s
POLL_SLICE_S = 0.05  # how often a waiting export looks whether it was cancelled
BATCH = 32  # letters per request: few round trips, and a cancel is never far away
_IDLE_CHILDREN = 2  # kept for later exports (an export and the evening's print queue may overlap)


class RenderCancelledError(Exception):
    """The caller's cancelled() turned true while the child was rendering; the child was stopped."""


# -- the child ----------------------------------------------------------------------------------------------
def _address_space() -> int:
    """This process's address space in bytes (Linux: the first field of /proc/self/statm)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def limit_memory(megabytes: int = MEMORY_LIMIT_MB) -> int | None:
    """Limit this process's address space to its current size plus megabytes; the limit, or None.

    Only for a child process that renders: an allocation past the limit fails with MemoryError (or the
    child ends), never the machine. Linux only (None elsewhere, and where the size cannot be read); a
    lower limit already set is kept.
    """
    if not sys.platform.startswith("linux"):
        return None
    import resource

    try:
        limit = _address_space() + megabytes * 2**20
    except (OSError, ValueError, IndexError):
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    for existing in (soft, hard):
        if existing != resource.RLIM_INFINITY:
            limit = min(limit, existing)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    return limit


def memory_limit() -> int | None:
    """This process's address-space limit in bytes; None when there is none (or no way to know)."""
    if not sys.platform.startswith("linux"):
        return None
    import resource

    soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
    return None if soft == resource.RLIM_INFINITY else soft


def prepare_child(megabytes: int = MEMORY_LIMIT_MB) -> int | None:
    """Start-up of a render child: import and warm what rendering needs, then limit the memory."""
    from ua_desktop.core.letter.sandbox import run_with_deadline
    from ua_desktop.core.letter.templates import LetterRenderer  # noqa: F401  (Jinja2, Babel)

    run_with_deadline(lambda: None)  # starts the watchdog thread before the limit, with its stack
    return limit_memory(megabytes)


def out_of_memory(megabytes: int = MEMORY_LIMIT_MB) -> UserError:
    """The error of a render that needed more memory than a child may take."""
    return UserError(LetterMessage.OUT_OF_MEMORY, megabytes=megabytes)


@dataclass(frozen=True)
class _Compile:
    case: Case
    template_text: str | None
    language: str | None


@dataclass(frozen=True)
class _Render:
    items: tuple[tuple[LetterSigner, Recipient], ...]
    today: dt.date | None
    place: str
    style: AddressStyle


class _Limit:
    """Asks the child for its address-space limit (tests, and the memory benchmark)."""


def _answer(renderer: LetterRenderer | None, request: object) -> tuple[LetterRenderer | None, object]:
    from ua_desktop.core.letter.templates import LetterRenderer

    if isinstance(request, _Compile):
        renderer = LetterRenderer(request.case, request.template_text, request.language)
        return renderer, True
    if isinstance(request, _Render):
        if renderer is None:
            raise RuntimeError("a render request before the template was compiled")
        letters = [
            renderer.render(signer, recipient, request.today, request.place, request.style)
            for signer, recipient in request.items
        ]
        return renderer, letters
    if isinstance(request, _Limit):
        return renderer, memory_limit()
    raise TypeError(f"unknown request {type(request).__name__}")


def serve_templates(connection: Connection, megabytes: int = MEMORY_LIMIT_MB) -> None:
    """The child: compile the template, render letters, answer each request; None (or the pipe closing)
    ends it, and so does running out of memory, after the answer (a fresh child is started next time)."""
    prepare_child(megabytes)
    renderer: LetterRenderer | None = None
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError, MemoryError):
            return
        if request is None:
            return
        done = False
        try:
            renderer, reply = _answer(renderer, request)
        except MemoryError:
            renderer, reply, done = None, out_of_memory(megabytes), True
        except UserError as error:
            reply = error
            done = _ends_child(error)
        except Exception as error:  # a bug: logged here (stderr), its traceback sent on for the parent's log
            log.exception("rendering letters failed in the render process")
            reply = _bug(error)
        try:
            connection.send(reply)
        except (EOFError, OSError, MemoryError):
            return
        if done:
            return


def _ends_child(error: UserError) -> bool:
    """True for the answers after which the child ends: it ran out of memory (a fresh one is started)."""
    from ua_desktop.core.letter.errors import TemplateError
    from ua_desktop.core.letter.messages import TemplateProblem

    if error.message is not None and error.message.kind is LetterMessage.OUT_OF_MEMORY:
        return True
    problem = error.problem if isinstance(error, TemplateError) else None
    return isinstance(problem, Message) and problem.kind is TemplateProblem.TOO_MUCH_MEMORY


class RenderBugError(UserError):
    """A bug stopped rendering in the child; details is its traceback, for the parent's log."""

    def __init__(self, error: str, details: str) -> None:
        super().__init__(LetterMessage.RENDER_FAILED, error=error)
        self.details = details


def _bug(error: Exception) -> RenderBugError:
    return RenderBugError(repr(error), traceback.format_exc())


# -- the parent ---------------------------------------------------------------------------------------------
class _Child:
    """One render child process and the parent's end of its pipe."""

    def __init__(self, megabytes: int) -> None:
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        self.megabytes = megabytes
        self.process: BaseProcess = context.Process(
            target=serve_templates, args=(child, megabytes), daemon=True, name="ua-desktop-templates"
        )
        self.process.start()
        child.close()
        self.connection: Connection = parent
        self.answered = False
        self.healthy = True

    def ask(self, request: object, seconds: float, cancelled: Callable[[], bool]) -> object:
        """Send request and wait for the answer (seconds more on the first, while the child imports)."""
        try:
            self.connection.send(request)
            deadline = time.monotonic() + seconds + (0.0 if self.answered else FIRST_REPLY_S)
            while not self.connection.poll(POLL_SLICE_S):
                if cancelled():
                    self.stop()
                    raise RenderCancelledError
                if time.monotonic() > deadline or not self.process.is_alive():
                    break
            else:
                reply = self.connection.recv()
                self.answered = True
                return reply
        except (EOFError, OSError):
            pass
        self.stop()
        if self.process.exitcode is None:
            log.error("the template render process did not answer and was stopped")
        else:
            log.error("the template render process ended with status %s", self.process.exitcode)
        raise UserError(LetterMessage.RENDER_PROCESS_ENDED, megabytes=self.megabytes)

    def stop(self) -> None:
        self.healthy = False
        with contextlib.suppress(OSError, ValueError):
            self.connection.send(None)
        self.connection.close()
        self.process.join(0.5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(2.0)


_idle: list[_Child] = []
_idle_lock = threading.Lock()


def _take_child(megabytes: int) -> _Child:
    if megabytes == MEMORY_LIMIT_MB:
        with _idle_lock:
            while _idle:
                child = _idle.pop()
                if child.process.is_alive():
                    return child
                child.stop()
    return _Child(megabytes)


def _give_back(child: _Child) -> None:
    if child.healthy and child.process.is_alive() and child.megabytes == MEMORY_LIMIT_MB:
        with _idle_lock:
            if len(_idle) < _IDLE_CHILDREN:
                _idle.append(child)
                return
    child.stop()


@atexit.register
def stop_children() -> None:
    """Stop the idle render children (the program is ending)."""
    with _idle_lock:
        children, _idle[:] = list(_idle), []
    for child in children:
        child.stop()


def _never() -> bool:
    return False


class IsolatedRenderer:
    """LetterRenderer's render(), done by a child process with limited memory (see the module's text).

    Compiling happens in __init__, so a template error is raised before anything is written, as with
    LetterRenderer. Use it as a context manager, or call close(): the child goes back for the next export.
    memory_mb is what the child may take beyond its start-up size (another value than the default gets a
    child of its own, never kept).

    Raises TemplateError (and other UserErrors) as LetterRenderer does; UserError RENDER_PROCESS_ENDED when
    the child ended (out of memory past the limit, or killed); RenderCancelledError when cancelled() turned
    true while waiting.
    """

    def __init__(
        self,
        case: Case,
        template_text: str | None = None,
        language: str | None = None,
        cancelled: Callable[[], bool] = _never,
        memory_mb: int = MEMORY_LIMIT_MB,
    ) -> None:
        self.cancelled = cancelled
        self._child: _Child | None = _take_child(memory_mb)
        try:
            self._ask(_Compile(case, template_text, language), REPLY_S)
        except BaseException:
            self.close()  # a template that does not compile: the child serves the next export
            raise

    def _ask(self, request: object, seconds: float) -> object:
        child = self._child
        if child is None:
            raise RuntimeError("the renderer was closed")
        try:
            reply = child.ask(request, seconds, self.cancelled)
        except BaseException:
            self._child = None
            raise
        if isinstance(reply, RenderBugError):
            log.error("rendering letters failed in the render process:\n%s", reply.details)
        if isinstance(reply, UserError):
            if _ends_child(reply):
                child.stop()  # the child ends after such an answer; a fresh one serves the next request
                self._child = None
            raise reply
        return reply

    def render_many(
        self,
        items: Sequence[tuple[LetterSigner, Recipient]],
        today: dt.date | None = None,
        place: str = "",
        style: AddressStyle | None = None,
    ) -> list[RenderedLetter]:
        """The letters of each (signer, recipient), in order, asked for BATCH at a time."""
        letters: list[RenderedLetter] = []
        for start in range(0, len(items), BATCH):
            batch = tuple(items[start : start + BATCH])
            request = _Render(batch, today, place, style or AddressStyle())
            reply = self._ask(request, REPLY_S + PER_LETTER_S * len(batch))
            if not isinstance(reply, list):
                raise TypeError(f"the render process answered with a {type(reply).__name__}")
            letters.extend(reply)
        return letters

    def render(
        self,
        signer: LetterSigner,
        recipient: Recipient,
        today: dt.date | None = None,
        place: str = "",
        style: AddressStyle | None = None,
    ) -> RenderedLetter:
        """One letter, as LetterRenderer.render()."""
        return self.render_many([(signer, recipient)], today, place, style)[0]

    def child_memory_limit(self) -> int | None:
        """The child's address-space limit in bytes (None where it has none): for tests and benchmarks."""
        reply = self._ask(_Limit(), REPLY_S)
        return reply if isinstance(reply, int) else None

    def close(self) -> None:
        child, self._child = self._child, None
        if child is not None:
            _give_back(child)

    def __enter__(self) -> IsolatedRenderer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def render_letters(
    case: Case,
    template_text: str | None,
    language: str | None,
    items: Sequence[tuple[LetterSigner, Recipient]],
    today: dt.date | None = None,
    place: str = "",
    style: AddressStyle | None = None,
) -> list[RenderedLetter]:
    """The letters of each (signer, recipient), rendered by a child process (see IsolatedRenderer)."""
    with IsolatedRenderer(case, template_text, language) as renderer:
        return renderer.render_many(items, today, place, style)
