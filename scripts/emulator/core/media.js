// @ts-check
'use strict';
/**
 * Large media generated while it is sent: a WAV file of any size (a 200 MB call recording for the
 * benchmarks) streamed from one shared 64 KiB block, so the emulator never holds the file in memory.
 */
const { Readable } = require('stream');

const BLOCK = (() => {
	// 8 kHz, 8-bit mono: a 500 Hz tone, so the audio is real (and 64 KiB holds whole periods).
	const block = Buffer.alloc(64 * 1024);
	for (let i = 0; i < block.length; i++)
		block[i] = 128 + Math.round(100 * Math.sin((2 * Math.PI * 500 * i) / 8000));
	return block;
})();

/** The 44-byte header of an 8 kHz 8-bit mono PCM WAV file of `size` bytes in all. @param {number} size */
function wavHeader(size) {
	const dataSize = Math.max(0, size - 44);
	const h = Buffer.alloc(44);
	h.write('RIFF', 0);
	h.writeUInt32LE(Math.min(0xffffffff, 36 + dataSize), 4);
	h.write('WAVE', 8);
	h.write('fmt ', 12);
	h.writeUInt32LE(16, 16);
	h.writeUInt16LE(1, 20);
	h.writeUInt16LE(1, 22);
	h.writeUInt32LE(8000, 24);
	h.writeUInt32LE(8000, 28);
	h.writeUInt16LE(1, 32);
	h.writeUInt16LE(8, 34);
	h.write('data', 36);
	h.writeUInt32LE(Math.min(0xffffffff, dataSize), 40);
	return h;
}

/**
 * A readable stream of a WAV file of exactly `size` bytes (at least 44), produced as the reader pulls
 * (back-pressure respected): memory use stays at one block whatever the size.
 * @param {number} size
 */
function wavStream(size) {
	const total = Math.max(44, Math.floor(size));
	let sent = 0;
	return new Readable({
		highWaterMark: BLOCK.length,
		read() {
			if (sent === 0) {
				sent = 44;
				this.push(wavHeader(total));
				return;
			}
			if (sent >= total) {
				this.push(null);
				return;
			}
			const n = Math.min(BLOCK.length, total - sent);
			sent += n;
			this.push(n === BLOCK.length ? BLOCK : BLOCK.subarray(0, n));
		},
	});
}

module.exports = { wavStream, wavHeader };
