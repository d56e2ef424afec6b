"""Make `audio/room-tone.wav`: 20 s of quiet studio room tone that loops seamlessly.

A real room is not white noise: its hiss falls off towards the highs, its
air handling rumbles softly below 200 Hz, and mains hum leaves a faint 50 Hz
line with a few harmonics. We shape noise in the frequency domain over the
whole file, so the result is exactly periodic (its end flows into its start),
and every hum partial has a whole number of cycles in the file. The seed is
fixed: the same script always writes the same bytes. Replace the file with a
recording of your own room if you have one (any length, mono, 44.1 kHz WAV).

Run: python scripts/make_room_tone.py
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

RATE = 44_100
SECONDS = 20
LEVEL_DBFS = -60.0  # stored level; the mastering stage sets the level heard


def room_tone(seconds: int = SECONDS, rate: int = RATE, seed: int = 20261125) -> np.ndarray:
    n = seconds * rate
    rng = np.random.default_rng(seed)
    spectrum = rng.normal(size=n // 2 + 1) + 1j * rng.normal(size=n // 2 + 1)
    freqs = np.fft.rfftfreq(n, 1 / rate)
    f = np.maximum(freqs, 20.0)
    shape = 1 / np.sqrt(f / 100.0)  # pink-ish hiss
    shape *= 1 / (1 + (f / 5000.0) ** 2)  # soft high roll-off of a damped room
    shape *= 1 + 1.5 / (1 + (f / 120.0) ** 4)  # low rumble of the air handling
    shape[freqs < 20] = 0.0
    noise = np.fft.irfft(spectrum * shape, n=n)
    noise /= np.sqrt(np.mean(noise**2))
    t = np.arange(n) / rate
    hum = sum(a * np.sin(2 * np.pi * h * 50.0 * t) for h, a in ((1, 0.12), (2, 0.05), (3, 0.03)))
    tone = noise + hum
    tone *= 10 ** (LEVEL_DBFS / 20) / np.sqrt(np.mean(tone**2))
    return tone


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "audio" / "room-tone.wav"
    pcm = np.round(room_tone() * 32767).astype("<i2")
    with wave.open(str(out), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(pcm.tobytes())
    print(f"wrote {out} ({len(pcm) / RATE:.0f} s)")


if __name__ == "__main__":
    main()
