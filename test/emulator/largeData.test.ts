import axios from 'axios';

import { startEmulator } from '../../scripts/emulator';
import { wavStream } from '../../scripts/emulator/core/media';

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

const DAY = 24 * 3600 * 1000;

/** What the benchmarks need from the emulator: a large call log, fast to seed and to page, and large media streamed. */
describe('RingCentral emulator: large data', () => {
	let emu: Emulator;
	let token: string;

	beforeAll(async () => {
		emu = await startEmulator({ callLogMaxPerPage: 1000 });
	});
	afterAll(async () => emu.close());
	beforeEach(() => {
		emu.reset();
		token = emu.issueTokens().access_token;
	});
	afterEach(() => {
		expect(emu.violations).toEqual([]);
		expect(emu.errors).toEqual([]);
	});

	const get = (url: string, options: Record<string, unknown> = {}) =>
		axios.get(url, {
			headers: { Authorization: `Bearer ${token}` },
			validateStatus: () => true,
			...options,
		});

	/** Every record of a date range, following navigation.nextPage.uri. */
	async function exportAll(dateFrom: number, dateTo: number) {
		const ids: string[] = [];
		let url: string | undefined =
			`${emu.url}/restapi/v1.0/account/~/extension/~/call-log?dateFrom=${new Date(dateFrom).toISOString()}&dateTo=${new Date(dateTo).toISOString()}&perPage=1000`;
		let pages = 0;
		while (url && pages < 100) {
			const res = await get(url);
			expect(res.status).toBe(200);
			ids.push(...res.data.records.map((r: { id: string }) => r.id));
			url = res.data.navigation.nextPage?.uri;
			pages++;
		}
		return { ids, pages };
	}

	it('seeds many call log records at once and pages them newest first, each once', async () => {
		const to = Date.now() - 10 * DAY;
		const from = to - 5 * DAY;
		const started = Date.now();
		emu.addCallLogRecords({ count: 5000, from, to });
		expect(Date.now() - started).toBeLessThan(2000);
		const { ids, pages } = await exportAll(from - 1000, to + 1000);
		expect(pages).toBe(5);
		expect(ids).toHaveLength(5000);
		expect(new Set(ids).size).toBe(5000);
		const log = emu.state.callLog as Array<{
			id: string;
			startTime: string;
			direction: string;
			result: string;
		}>;
		const byId = new Map(log.map((r) => [r.id, r]));
		const times = ids.map((id) => Date.parse(byId.get(id)!.startTime));
		expect(times).toEqual([...times].sort((a, b) => b - a));
		expect(new Set(log.slice(-5000).map((r) => r.direction))).toEqual(
			new Set(['Inbound', 'Outbound']),
		);
		expect(log.slice(-5000).some((r) => r.result === 'Missed')).toBe(true);
	});

	it('sees records added and aged after a page was served (the sorted order is not stale)', async () => {
		const to = Date.now() - 10 * DAY;
		emu.addCallLogRecords({ count: 10, from: to - DAY, to });
		expect((await exportAll(to - 2 * DAY, to)).ids).toHaveLength(10);
		const added = emu.addCallLogRecord({ startTime: to - 3600 * 1000, durationSec: 30 });
		expect((await exportAll(to - 2 * DAY, to)).ids).toHaveLength(11);
		// Move the new record a week back: out of the range.
		emu.ageCallLog(7 * 24 * 3600, (r: { id: string }) => r.id === added.id);
		const { ids } = await exportAll(to - 2 * DAY, to);
		expect(ids).toHaveLength(10);
		expect(ids).not.toContain(added.id);
	});

	it('streams a large recording generated while it is sent, with its length and a WAV header', async () => {
		const size = 20 * 1024 * 1024 + 123;
		const record = emu.addCallLogRecord({ recording: 'Automatic', recordingSize: size });
		const res = await get(record.recording.contentUri, { responseType: 'stream' });
		expect(res.status).toBe(200);
		expect(res.headers['content-length']).toBe(String(size));
		expect(res.headers['content-type']).toBe('audio/wav');
		let received = 0;
		let head = Buffer.alloc(0);
		for await (const chunk of res.data as AsyncIterable<Buffer>) {
			if (head.length < 44) head = Buffer.concat([head, chunk]).subarray(0, 44);
			received += chunk.length;
		}
		expect(received).toBe(size);
		expect(head.subarray(0, 4).toString()).toBe('RIFF');
		expect(head.subarray(8, 12).toString()).toBe('WAVE');
		expect(head.readUInt32LE(40)).toBe(size - 44);
		expect(emu.requestsFor('readCallRecordingContent')[0]).toMatchObject({ status: 200 });
	});

	it('generates the media from one shared block: nothing near the file size is held', async () => {
		const stream = wavStream(10 * 1024 * 1024);
		const memory = new Set<ArrayBufferLike>();
		let size = 0;
		for await (const chunk of stream as AsyncIterable<Buffer>) {
			if (size > 0) memory.add(chunk.buffer);
			size += chunk.length;
		}
		expect(size).toBe(10 * 1024 * 1024);
		// Every chunk after the header is a view of the same 64 KiB block.
		expect(memory.size).toBe(1);
		expect([...memory][0].byteLength).toBeLessThanOrEqual(64 * 1024 * 2);
	});

	it('keeps answering when a client drops a large download halfway', async () => {
		const record = emu.addCallLogRecord({
			recording: 'Automatic',
			recordingSize: 500 * 1024 * 1024,
		});
		const controller = new AbortController();
		const res = await get(record.recording.contentUri, {
			responseType: 'stream',
			signal: controller.signal,
		});
		let received = 0;
		await new Promise<void>((resolve) => {
			(res.data as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
				received += chunk.length;
				if (received > 1024 * 1024) {
					controller.abort();
					resolve();
				}
			});
		});
		expect(received).toBeLessThan(500 * 1024 * 1024);
		// The emulator still answers (and has not kept on producing 500 MB into a closed socket).
		const after = await get(`${emu.url}/restapi/v1.0/account/~/extension/~`);
		expect(after.status).toBe(200);
	});
});
