/**
 * A malformed `Content-Disposition` on a download (bad percent-encoding in `filename*`, folders in the
 * name) never fails the download: the plain `filename`, else the operation's own fallback name, is used.
 */
import type { IDataObject } from 'n8n-workflow';

import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { RingCentralPollTrigger } from '../../nodes/RingCentralPollTrigger/RingCentralPollTrigger.node';
import { RingCentralVoice } from '../../nodes/Voice/RingCentralVoice.node';
import { handlers } from '../../scripts/emulator/routes';
import { readBinary, runNode, runPoll } from '../harness';
import { useEmulator } from '../support/ringcentral';

/** `%E0%A4%A` is not valid percent-encoded UTF-8. */
const BROKEN = "attachment; filename*=UTF-8''%E0%A4%A.bin";

describe('Downloads with a malformed Content-Disposition', () => {
	const rc = useEmulator();

	/** RingCentral answers the operation as usual, but with this Content-Disposition. */
	const answerWith = (operationId: string, contentDisposition: string) => {
		rc.emu.handlers[operationId] = (ctx: unknown) => {
			const answer = handlers[operationId](ctx);
			return {
				...answer,
				headers: { ...answer.headers, 'Content-Disposition': contentDisposition },
			};
		};
	};
	afterEach(() => {
		for (const id of ['readMessageContent', 'readCallRecordingContent']) delete rc.emu.handlers[id];
	});

	it('Message → Download Attachment (a fax document) keeps the plain filename when filename* cannot be decoded', async () => {
		const fax = rc.emu.state.messages.find((m: IDataObject) => m.type === 'Fax') as {
			id: number;
			attachments: Array<{ id: number; type: string }>;
		};
		const document =
			fax.attachments.find((a) => a.type === 'RenderedDocument') ?? fax.attachments[0];
		answerWith('readMessageContent', `${BROKEN}; filename="fax.pdf"`);
		const result = await runNode({
			nodeType: new RingCentralMessaging(),
			parameters: {
				authentication: 'jwt',
				resource: 'message',
				operation: 'downloadAttachment',
				messageId: String(fax.id),
				attachmentId: String(document.id),
			},
			credentials: rc.credentials,
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].binary?.data.fileName).toBe('fax.pdf');
		expect(
			(await readBinary(result.items[0], 'data')).equals(
				rc.emu.state.contents[String(document.id)].data,
			),
		).toBe(true);
	});

	it('Call Recording → Download falls back to recording-<id>.wav, and a name with folders keeps only its last part', async () => {
		const recording = (rc.emu.state.callLog as Array<{ recording?: { id: string } }>).find(
			(r) => r.recording,
		)!.recording!;
		const download = () =>
			runNode({
				nodeType: new RingCentralVoice(),
				parameters: {
					authentication: 'jwt',
					resource: 'callRecordings',
					operation: 'download',
					recording: { __rl: true, mode: 'id', value: recording.id },
				},
				credentials: rc.credentials,
			});
		answerWith('readCallRecordingContent', BROKEN);
		const broken = await download();
		expect(broken.error).toBeUndefined();
		expect(broken.items[0].binary?.data.fileName).toBe(`recording-${recording.id}.wav`);
		expect((await readBinary(broken.items[0], 'data')).subarray(0, 4).toString()).toBe('RIFF');

		answerWith('readCallRecordingContent', 'attachment; filename="../../home/n8n/call.wav"');
		expect((await download()).items[0].binary?.data.fileName).toBe('call.wav');
	});

	it('Poll Trigger: a new MMS is emitted with its picture, named after the attachment record', async () => {
		const staticData: IDataObject = {};
		const poll = () =>
			runPoll({
				nodeType: new RingCentralPollTrigger(),
				parameters: {
					authentication: 'jwt',
					event: 'newMessage',
					options: { downloadAttachments: true },
				},
				credentials: rc.credentials,
				staticData,
			});
		await poll();
		rc.emu.addInboundSms({
			from: '+14155550100',
			text: 'Photo',
			attachments: [{ contentType: 'image/png', data: Buffer.from('png'), fileName: 'photo.png' }],
		});
		answerWith('readMessageContent', BROKEN);
		const { items } = await poll();
		expect(items).toHaveLength(1);
		expect(items[0].binary?.attachment_0).toMatchObject({ mimeType: 'image/png' });
		expect(items[0].binary?.attachment_0.fileName).toBe('photo.png');
	});
});
