import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { MMS_LIMITS } from '../../nodes/Messaging/common';
import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { binaryItem, runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

type InputItem = ReturnType<typeof binaryItem>;

const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64',
);
const PDF = Buffer.from(
	'%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** An input item with several binary fields. */
function itemWithFiles(
	files: Record<string, { data: Buffer; mimeType: string; fileName: string }>,
) {
	const binary: NonNullable<InputItem['binary']> = {};
	for (const [field, file] of Object.entries(files))
		binary[field] = binaryItem(file.data, file.mimeType, file.fileName).binary!.data;
	return { json: {}, binary };
}

describe('RingCentral Messaging: MMS, fax and pager', () => {
	const rc = useEmulator();
	const run = (parameters: Record<string, unknown>, items: InputItem[] = [{ json: {} }]) =>
		runNode({
			nodeType: new RingCentralMessaging(),
			parameters: { authentication: 'jwt', ...parameters },
			credentials: rc.credentials,
			items,
		});

	describe('MMS', () => {
		const mms = (extra: Record<string, unknown>, items: InputItem[]) =>
			run(
				{
					resource: 'mms',
					operation: 'send',
					from: { __rl: true, mode: 'list', value: '+16505550101' },
					to: '+14155550100',
					text: 'Photos attached',
					attachmentFields: 'data, second',
					...extra,
				},
				items,
			);

		it('sends the binary fields as attachments with the text', async () => {
			const result = await mms({}, [
				itemWithFiles({
					data: { data: PNG, mimeType: 'image/png', fileName: 'one.png' },
					second: { data: PNG, mimeType: 'image/png', fileName: 'two.png' },
				}),
			]);
			expect(result.error).toBeUndefined();
			expect(result.items[0].json).toMatchObject({ type: 'SMS', direction: 'Outbound' });
			const [request] = rc.emu.requestsFor('createMMS');
			expect(request.body.files.map((f: { filename: string }) => f.filename)).toEqual([
				'one.png',
				'two.png',
			]);
			const stored = rc.emu.state.messages.find(
				(m: { id: unknown }) => String(m.id) === String(result.items[0].json.id),
			);
			expect(
				stored.attachments.filter((a: { type: string }) => a.type === 'MmsAttachment'),
			).toHaveLength(2);
		});

		it.each([
			[
				'a missing binary field',
				{ attachmentFields: 'data, nothere' },
				'no binary field "nothere"',
			],
			[
				'too many attachments',
				{
					attachmentFields: Array.from({ length: MMS_LIMITS.attachments + 1 }, () => 'data').join(
						',',
					),
				},
				'11 attachments',
			],
			[
				'more than 10 recipients',
				{
					to: Array.from({ length: 11 }, (_v, i) => `+1415555${String(i).padStart(4, '0')}`).join(
						',',
					),
				},
				'at most 10',
			],
		])('rejects %s before sending', async (_case, extra, problem) => {
			const result = await mms(extra, [
				itemWithFiles({
					data: { data: PNG, mimeType: 'image/png', fileName: 'one.png' },
					second: { data: PNG, mimeType: 'image/png', fileName: 'two.png' },
				}),
			]);
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error.message).toContain(problem);
			expect(rc.emu.requestsFor('createMMS')).toHaveLength(0);
		});

		it('rejects attachments over 1.5 MB in total before sending', async () => {
			const big = Buffer.alloc(800 * 1024, 1);
			const result = await mms({}, [
				itemWithFiles({
					data: { data: big, mimeType: 'image/jpeg', fileName: 'a.jpg' },
					second: { data: big, mimeType: 'image/jpeg', fileName: 'b.jpg' },
				}),
			]);
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error.message).toContain('more than 1.5 MB');
			expect(rc.emu.requestsFor('createMMS')).toHaveLength(0);
		});
	});

	describe('Fax', () => {
		it('faxes the documents with resolution, cover page and cover text', async () => {
			const result = await run(
				{
					resource: 'fax',
					operation: 'send',
					to: '+14155550155',
					documentFields: 'data, page2',
					options: {
						faxResolution: 'High',
						coverIndex: 3,
						coverPageText: 'Contract for signature',
					},
				},
				[
					itemWithFiles({
						data: { data: PDF, mimeType: 'application/pdf', fileName: 'contract.pdf' },
						page2: { data: PNG, mimeType: 'image/png', fileName: 'annex.png' },
					}),
				],
			);
			expect(result.error).toBeUndefined();
			expect(result.items[0].json).toMatchObject({
				type: 'Fax',
				direction: 'Outbound',
				faxResolution: 'High',
				coverIndex: 3,
			});
			const [request] = rc.emu.requestsFor('createFaxMessage');
			expect(request.body.files.map((f: { filename: string }) => f.filename)).toEqual([
				'contract.pdf',
				'annex.png',
			]);
		});

		it('resends a sent fax to its original recipients, with its document', async () => {
			const sentFax = rc.emu.state.messages.find(
				(m: { type: string; direction: string }) => m.type === 'Fax' && m.direction === 'Outbound',
			);
			const result = await run({
				resource: 'fax',
				operation: 'resend',
				messageId: String(sentFax.id),
			});
			expect(result.error).toBeUndefined();
			expect(result.items[0].json).toMatchObject({
				type: 'Fax',
				resentFromMessageId: String(sentFax.id),
			});
			const [request] = rc.emu.requestsFor('createFaxMessage');
			expect(JSON.stringify(request.body.fields)).toContain(sentFax.to[0].phoneNumber);
			expect(request.body.files).toHaveLength(1);
			expect(request.body.files[0].contentType).toBe('application/pdf');
		});

		it('refuses to resend a message that is not a sent fax', async () => {
			const sms = rc.emu.state.messages.find((m: { type: string }) => m.type === 'SMS');
			const result = await run({ resource: 'fax', operation: 'resend', messageId: String(sms.id) });
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error.message).toContain('not a sent fax');
			expect(rc.emu.requestsFor('createFaxMessage')).toHaveLength(0);
		});

		it('never resends a fax by itself after a server error', async () => {
			rc.emu.setFault(
				{ operationId: 'createFaxMessage' },
				{ status: 500, processThenFail: true, times: 1 },
			);
			const result = await run(
				{ resource: 'fax', operation: 'send', to: '+14155550155', documentFields: 'data' },
				[itemWithFiles({ data: { data: PDF, mimeType: 'application/pdf', fileName: 'x.pdf' } })],
			);
			expect(result.error).toBeInstanceOf(NodeApiError);
			expect(rc.emu.requestsFor('createFaxMessage')).toHaveLength(1);
		});
	});

	describe('Pager', () => {
		it('pages extensions by number', async () => {
			const result = await run({
				resource: 'pager',
				operation: 'send',
				to: '102, 103',
				text: 'Standup in 5',
			});
			expect(result.error).toBeUndefined();
			expect(result.items[0].json).toMatchObject({ type: 'Pager', subject: 'Standup in 5' });
			expect(rc.emu.requestsFor('createInternalTextMessage')[0].body.to).toEqual([
				{ extensionNumber: '102' },
				{ extensionNumber: '103' },
			]);
		});

		it('rejects something that is not an extension number', async () => {
			const result = await run({
				resource: 'pager',
				operation: 'send',
				to: '102, bob',
				text: 'Hi',
			});
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error.message).toContain('"bob" is not an extension number');
			expect(rc.emu.requestsFor('createInternalTextMessage')).toHaveLength(0);
		});

		it('answers a message by its numeric ID, and refuses an ID that is not one', async () => {
			const answered = await run({
				resource: 'pager',
				operation: 'send',
				to: '102',
				text: 'On my way',
				options: { replyOn: ' 402 ' },
			});
			expect(answered.error).toBeUndefined();
			expect(rc.emu.requestsFor('createInternalTextMessage')[0].body.replyOn).toBe(402);

			const refused = await run({
				resource: 'pager',
				operation: 'send',
				to: '102',
				text: 'On my way',
				options: { replyOn: '../402' },
			});
			expect(refused.error).toBeInstanceOf(NodeOperationError);
			expect(refused.error.message).toContain('Reply To Message ID');
			expect(refused.error.message).toContain('"../402" is not an ID');
			expect(rc.emu.requestsFor('createInternalTextMessage')).toHaveLength(1);
		});
	});
});
