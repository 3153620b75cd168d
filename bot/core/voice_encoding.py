"""Samples to a Telegram voice message: Ogg/Opus, mono, which `sendVoice` plays in the chat
(with the screen locked, too). Encoded in-process by PyAV's bundled libopus; no external
program."""

from __future__ import annotations

import io

import av
import numpy as np
import numpy.typing as npt

__all__ = ["BITRATE", "ENCODING", "encode_ogg_opus"]

# Tones need far fewer bits than speech: 12 kbit/s is about 90 KB a minute, so even the
# 12-minute relaxation stays under the 1 MB Telegram's apps play inline.
BITRATE = 12_000
# libopus's quickest setting: a minute of tones encodes in a tenth of a second instead of half
# of one, and pure tones lose nothing a listener would hear.
COMPLEXITY = 0
# Part of a recording's content key: a change here must not reuse recordings made before it.
ENCODING = f"ogg-opus-{BITRATE}-c{COMPLEXITY}"


def encode_ogg_opus(
    samples: npt.NDArray[np.float32], rate: int, *, complexity: int = COMPLEXITY
) -> bytes:
    """Mono float samples (-1..1) at `rate` (8, 12, 16, 24 or 48 kHz) as an Ogg/Opus file;
    `complexity` other than ours (0, the quickest, up to libopus's default of 10) is for
    comparing in the benchmark."""
    if samples.ndim != 1 or not len(samples):
        raise ValueError("a voice message needs some mono samples")
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=rate, layout="mono")
        stream.bit_rate = BITRATE
        stream.codec_context.options = {
            "compression_level": str(complexity),
            "application": "audio",
        }
        # A second at a time: a frame is a copy, and twelve minutes in one would double the
        # memory the samples already take.
        for start in range(0, len(samples), rate):
            frame = av.AudioFrame.from_ndarray(
                np.ascontiguousarray(samples[start : start + rate], dtype=np.float32)[
                    np.newaxis, :
                ],
                format="flt",
                layout="mono",
            )
            frame.sample_rate = rate
            frame.pts = start
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return buffer.getvalue()
