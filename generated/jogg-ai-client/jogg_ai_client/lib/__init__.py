"""The hand-written layer of jogg_ai_client, rendered from overlays/providers/jogg/: what the package exports at its top level.

The shared names (create_client, the errors, PollPolicy) come from `_core.exports`, the same in every package;
the wait helpers from `jobs` (rendered from the provider's jobs.yaml); the rest from the provider's own modules.

Nothing is imported until a name is asked for (PEP 562): the generated models import `lib._core` modules, and
this package must not pull `jobs` (which imports the models) in while they load, so that every module of the
package imports on its own. A name is looked for in `_SOURCES` one module at a time, in order, so the first use of
a shared name (create_client) imports `_core.exports` alone, not the jobs and their models. Type checkers see
ordinary imports (the TYPE_CHECKING block); `__all__` is the exports of `_SOURCES`, in order, computed on first use.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._core import exports
    from ._core.exports import *  # noqa: F403
    from . import jobs
    from .jobs import *  # noqa: F403
    from . import uploads
    from .uploads import *  # noqa: F403
else:
    from importlib import import_module as _import_module

    _SOURCES = ("._core.exports", ".jobs", ".uploads")
    _SUBMODULES = ("jobs", "profile", "uploads")

    def __getattr__(name: str) -> object:
        if (name.startswith("_") and name != "__all__") or name in _SUBMODULES:
            # a submodule not imported yet (`from . import jobs`): the import system imports it on its own
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        if name == "__all__":
            names = [exported for source in _SOURCES for exported in _import_module(source, __name__).__all__]
            globals()["__all__"] = names
            return names
        for source in _SOURCES:  # one at a time: create_client needs `_core.exports` alone, not the models
            module = _import_module(source, __name__)
            if name in module.__all__:
                value = getattr(module, name)
                globals()[name] = value
                return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted(__getattr__("__all__"))
