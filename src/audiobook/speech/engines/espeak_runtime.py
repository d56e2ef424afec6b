"""Making libespeak-ng loadable for pyttsx3 without root.

pyttsx3's espeak driver opens `libespeak-ng.so.1` by soname. When the system
has no espeak-ng, we preload the copy shipped in the espeakng-loader wheel
(dlopen by soname then finds the already-loaded library) and point espeak at
the wheel's data folder. This must run before pyttsx3's driver is imported.
"""

from __future__ import annotations

import ctypes
import functools
import os
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class EspeakLibrary:
    """Which libespeak-ng was loaded, and from where."""

    path: str
    data_path: str | None
    origin: str  # "system" or "espeakng-loader wheel"


@functools.cache
def load_espeak() -> EspeakLibrary:
    """Load libespeak-ng once per process; raise OSError if there is none."""
    if sys.platform != "linux":
        return EspeakLibrary(path="(platform engine)", data_path=None, origin="system")
    chosen = os.environ.get("AUDIOBOOK_ESPEAK_LIBRARY")  # an explicit library file
    if chosen:
        ctypes.CDLL(chosen, mode=ctypes.RTLD_GLOBAL)  # OSError names the file if it is missing
        return EspeakLibrary(path=chosen, data_path=None, origin="AUDIOBOOK_ESPEAK_LIBRARY")
    if not os.environ.get("AUDIOBOOK_BUNDLED_ESPEAK"):
        system = _system_library()
        if system:
            return EspeakLibrary(path=system, data_path=None, origin="system")
    try:
        import espeakng_loader
    except ImportError as exc:
        raise OSError(
            "no libespeak-ng on this system and the espeakng-loader wheel is not installed"
        ) from exc
    lib = Path(espeakng_loader.get_library_path())
    candidates = sorted(lib.parent.glob("libespeak-ng.so*"), key=lambda p: len(p.name))
    soname = next((p for p in candidates if p.name == "libespeak-ng.so.1"), lib)
    ctypes.CDLL(str(soname), mode=ctypes.RTLD_GLOBAL)
    data = espeakng_loader.get_data_path()
    os.environ["ESPEAK_DATA_PATH"] = data
    return EspeakLibrary(path=str(soname), data_path=data, origin="espeakng-loader wheel")


def _system_library() -> str | None:
    """Load the system's libespeak-ng as the dynamic loader finds it by name (the way
    pyttsx3 opens it), or None. Asked directly: `ctypes.util.find_library` runs
    ldconfig, gcc and ld to answer, a tenth of a second in every process."""
    for name in ("libespeak-ng.so.1", "libespeak-ng.so"):
        try:
            ctypes.CDLL(name, mode=ctypes.RTLD_GLOBAL)
        except OSError:
            continue
        return name
    return None
