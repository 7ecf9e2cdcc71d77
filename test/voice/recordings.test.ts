import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralVoice } from '../../nodes/Voice/RingCentralVoice.node';
import { readBinary, runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

describe('RingCentral Voice: call recordings', () => {
	const rc = useEmulator();
	const run = (parameters: IDataObject, items: Array<{ json: IDataObject }> = [{ json: {} }]) =>
		runNode({
			nodeType: new RingCentralVoice(),
			parameters: { authentication: 'oAuth2', resource: 'callRecordings', ...parameters },
			credentials: rc.credentials,
			items,
		});
	const recorded = () =>
		(rc.emu.state.callLog as Array<{ recording?: { id: string; contentUri: string } }>)
			.filter((r) => r.recording)
			.map((r) => r.recording!);
	const byId = (value: string) => ({ __rl: true, mode: 'id', value });

	it('gets the metadata of a recording, with its content URI', async () => {
		const [recording] = recorded();
		const result = await run({ operation: 'get', recordingId: recording.id });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({
			id: recording.id,
			contentUri: `${rc.emu.url}/restapi/v1.0/account/100000001/recording/${recording.id}/content`,
			contentType: 'audio/wav',
			duration: expect.any(Number),
		});
	});

	it('downloads a recording by ID from its content URI, keeping its file name and MIME type', async () => {
		const [recording] = recorded();
		const result = await run({
			operation: 'download',
			recording: byId(recording.id),
			binaryPropertyName: 'audio',
		});
		expect(result.error).toBeUndefined();
		const item = result.items[0];
		expect(item.json).toMatchObject({
			recordingId: recording.id,
			fileName: `recording-${recording.id}.wav`,
			mimeType: 'audio/wav',
			duration: expect.any(Number),
		});
		expect(item.binary?.audio).toMatchObject({
			fileName: `recording-${recording.id}.wav`,
			mimeType: 'audio/wav',
		});
		expect((await readBinary(item, 'audio')).subarray(0, 4).toString()).toBe('RIFF');
		const content = rc.emu.requestsFor('readCallRecordingContent');
		expect(content).toHaveLength(1);
		expect(content[0]).toMatchObject({
			path: `/restapi/v1.0/account/100000001/recording/${recording.id}/content`,
			throttlingGroup: 'Heavy',
		});
	});

	it('downloads by content URI in one request, for each input item', async () => {
		const uris = recorded().map((r) => r.contentUri);
		const result = await run(
			{ operation: 'download', recording: { __rl: true, mode: 'url', value: '={{ $json.uri }}' } },
			uris.map((uri) => ({ json: { uri } })),
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(uris.length);
		expect(result.items.map((i) => i.pairedItem)).toEqual(uris.map((_uri, item) => ({ item })));
		expect(rc.emu.requestsFor('readCallRecording')).toHaveLength(0);
		expect(rc.emu.requestsFor('readCallRecordingContent')).toHaveLength(uris.length);
	});

	it('keeps the file name RingCentral gives', async () => {
		const [recording] = recorded();
		rc.emu.handlers.readCallRecordingContent = () => ({
			raw: Buffer.from('ID3 mp3'),
			contentType: 'audio/mpeg',
			headers: { 'Content-Disposition': 'attachment; filename="call-2026-05-04.mp3"' },
		});
		try {
			const result = await run({ operation: 'download', recording: byId(recording.id) });
			expect(result.items[0].binary?.data).toMatchObject({
				fileName: 'call-2026-05-04.mp3',
				mimeType: 'audio/mpeg',
			});
		} finally {
			delete rc.emu.handlers.readCallRecordingContent;
		}
	});

	it('explains a recording whose media is not ready yet', async () => {
		const { record } = rc.emu.simulateCall({ recorded: true, recordingDelayMs: 60_000 });
		const result = await run({ operation: 'download', recording: byId(record.recording.id) });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.httpCode).toBe('404');
	});

	it('never sends the access token to a host that is not RingCentral', async () => {
		const result = await run({
			operation: 'download',
			recording: {
				__rl: true,
				mode: 'url',
				value: '={{ "https://evil.example.com/restapi/v1.0/account/1/recording/2/content" }}',
			},
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(/is not a RingCentral content URI/);
		expect(rc.emu.requests).toHaveLength(0);
	});

	it('checks the recording ID before any request', async () => {
		const result = await run({ operation: 'get', recordingId: '={{ "12/../34" }}' });
		expect(result.error.message).toBe('Recording ID: "12/../34" is not an ID (item 0)');
		expect(rc.emu.requests.filter((r: IDataObject) => r.operationId !== 'getToken')).toHaveLength(
			0,
		);
	});
});
