import { NodeApiError } from 'n8n-workflow';

import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { readBinary, runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

interface StoredMessage {
	id: number | string;
	type: string;
	direction: string;
	readStatus?: string;
	availability?: string;
	attachments: Array<{ id: number | string; type: string; contentType: string; fileName?: string }>;
}

describe('RingCentral Messaging: message store', () => {
	const rc = useEmulator();
	const run = (parameters: Record<string, unknown>) =>
		runNode({
			nodeType: new RingCentralMessaging(),
			parameters: { authentication: 'oAuth2', resource: 'message', ...parameters },
			credentials: rc.credentials,
			items: [{ json: {} }],
		});
	const messages = (): StoredMessage[] => rc.emu.state.messages;
	const monthAgo = () => new Date(Date.now() - 40 * 24 * 3600 * 1000).toISOString();

	it('gets many messages with filters sent as RingCentral expects (repeated keys, UTC dates)', async () => {
		const result = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { messageType: ['SMS', 'VoiceMail'], direction: ['Inbound'], dateFrom: monthAgo() },
		});
		expect(result.error).toBeUndefined();
		const expected = messages().filter(
			(m) =>
				['SMS', 'VoiceMail'].includes(m.type) &&
				m.direction === 'Inbound' &&
				(m.availability ?? 'Alive') === 'Alive',
		);
		expect(result.items.length).toBe(expected.length);
		expect(result.items.length).toBeGreaterThan(3);
		expect(
			result.items.every(
				(i) => ['SMS', 'VoiceMail'].includes(String(i.json.type)) && i.json.direction === 'Inbound',
			),
		).toBe(true);
		const [request] = rc.emu.requestsFor('listMessages');
		expect(request.query.messageType).toEqual(['SMS', 'VoiceMail']);
		expect(request.query.dateFrom).toMatch(/Z$/);
	});

	it('returns all records across pages, and stops at the limit without reading more pages', async () => {
		for (let i = 0; i < 2100; i++)
			rc.emu.addInboundSms({ from: '+14155550199', text: `bulk ${i}` });
		const all = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { phoneNumber: '+14155550199' },
		});
		expect(all.error).toBeUndefined();
		expect(all.items).toHaveLength(2100);
		expect(new Set(all.items.map((i) => i.json.id)).size).toBe(2100);
		const pages = rc.emu.requestsFor('listMessages');
		expect(pages).toHaveLength(3);
		// The next pages keep the original filter.
		expect(
			pages.every(
				(p: { query: { phoneNumber?: string } }) => p.query.phoneNumber === '+14155550199',
			),
		).toBe(true);
		expect(
			all.items.every(
				(i: { pairedItem?: unknown }) => JSON.stringify(i.pairedItem) === '{"item":0}',
			),
		).toBe(true);

		const limited = await run({
			operation: 'getAll',
			returnAll: false,
			limit: 7,
			filters: { phoneNumber: '+14155550199' },
		});
		expect(limited.items).toHaveLength(7);
		expect(rc.emu.requestsFor('listMessages')).toHaveLength(4);
		expect(rc.emu.requestsFor('listMessages')[3].query.perPage).toBe('7');
	});

	it('gets one message, marks it read, and deletes it', async () => {
		const unread = messages().find((m) => m.readStatus === 'Unread') as StoredMessage;
		const got = await run({ operation: 'get', messageId: String(unread.id) });
		expect(got.items[0].json).toMatchObject({ id: unread.id, readStatus: 'Unread' });

		const updated = await run({
			operation: 'update',
			messageId: String(unread.id),
			readStatus: 'Read',
		});
		expect(updated.items[0].json.readStatus).toBe('Read');
		expect(messages().find((m) => m.id === unread.id)?.readStatus).toBe('Read');

		const deleted = await run({ operation: 'delete', messageId: String(unread.id) });
		expect(deleted.error).toBeUndefined();
		expect(deleted.items[0].json).toEqual({ deleted: true });
		expect(messages().find((m) => m.id === unread.id)?.availability).toBe('Deleted');
	});

	it('explains a message that does not exist', async () => {
		const result = await run({ operation: 'get', messageId: '999999999' });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.httpCode).toBe('404');
		expect(result.error.message).toContain('CMN-102');
	});

	it('downloads a voicemail as binary with its file name and MIME type', async () => {
		const voicemail = messages().find((m) => m.type === 'VoiceMail') as StoredMessage;
		const audio = voicemail.attachments.find((a) => a.type === 'AudioRecording')!;
		const result = await run({
			operation: 'downloadAttachment',
			messageId: String(voicemail.id),
			attachmentId: String(audio.id),
			binaryPropertyName: 'recording',
		});
		expect(result.error).toBeUndefined();
		const binary = result.items[0].binary!.recording;
		expect(binary.mimeType).toBe('audio/wav');
		expect(binary.fileName).toBe('voicemail.wav');
		const bytes: Buffer = await readBinary(result.items[0], 'recording');
		expect(bytes.subarray(0, 4).toString()).toBe('RIFF');
		expect(bytes.equals(rc.emu.state.contents[String(audio.id)].data)).toBe(true);
	});

	it('syncs fully, then incrementally from the returned token', async () => {
		const full = await run({
			operation: 'sync',
			syncType: 'FSync',
			filters: { dateFrom: monthAgo() },
		});
		expect(full.error).toBeUndefined();
		const { syncInfo, records } = full.items[0].json as {
			syncInfo: { syncToken: string };
			records: unknown[];
		};
		expect(records.length).toBeGreaterThan(10);
		expect(syncInfo.syncToken).toBeTruthy();

		rc.emu.addInboundSms({ from: '+14155550177', text: 'new since the sync' });
		const incremental = await run({
			operation: 'sync',
			syncType: 'ISync',
			syncCursor: syncInfo.syncToken,
		});
		expect(incremental.error).toBeUndefined();
		const changes = incremental.items[0].json.records as Array<{ subject?: string }>;
		expect(changes.map((m) => m.subject)).toEqual(['new since the sync']);
	});
});
