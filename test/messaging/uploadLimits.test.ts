/**
 * Upload sizes are checked against RingCentral's limits from n8n's binary metadata, before any file is
 * read into memory and before any request. Files live in n8n's filesystem binary store here, as they do
 * in a default n8n installation.
 */
import { BinaryDataService } from 'n8n-core';
import type { IBinaryData, INodeType } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { FAX_MAX_BYTES, MMS_LIMITS } from '../../nodes/Messaging/common';
import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { FILE_UPLOAD_LIMITS } from '../../nodes/TeamMessaging/resources/file/common';
import { RingCentralTeamMessaging } from '../../nodes/TeamMessaging/RingCentralTeamMessaging.node';
import { runNode } from '../harness';
import { Container, ensureContainer } from '../../scripts/lib/di';
import { useEmulator } from '../support/ringcentral';

describe('Upload sizes are checked before the files are read', () => {
	const rc = useEmulator();
	let binaryData: BinaryDataService;

	beforeAll(async () => {
		ensureContainer();
		binaryData = Container.get(BinaryDataService);
		await binaryData.init(); // n8n's default: the filesystem store
	});

	/** A file of `bytes` zero bytes in n8n's filesystem binary store, as an upstream node leaves it. */
	async function storedFile(
		bytes: number,
		fileName: string,
		mimeType: string,
	): Promise<IBinaryData> {
		const binary = { data: '', mimeType, fileName } as IBinaryData;
		return await binaryData.store(
			{ type: 'execution', workflowId: 'upload-limits', executionId: String(Date.now()) },
			Buffer.alloc(bytes),
			binary,
		);
	}

	/** Runs the node and records whether n8n was asked for any file's content. */
	async function runWatchingReads(
		nodeType: INodeType,
		parameters: Record<string, unknown>,
		binary: Record<string, IBinaryData>,
	) {
		const reads = [jest.spyOn(binaryData, 'getAsBuffer'), jest.spyOn(binaryData, 'getAsStream')];
		try {
			const result = await runNode({
				nodeType,
				parameters: { authentication: 'jwt', ...parameters },
				credentials: rc.credentials,
				items: [{ json: {}, binary }],
			});
			return { result, readCount: reads.reduce((sum, spy) => sum + spy.mock.calls.length, 0) };
		} finally {
			for (const spy of reads) spy.mockRestore();
		}
	}

	const mms = {
		resource: 'mms',
		operation: 'send',
		from: { __rl: true, mode: 'list', value: '+16505550101' },
		to: '+14155550100',
		attachmentFields: 'data, second',
	};

	it('MMS: more than 1.5 MB in total fails with NodeOperationError, nothing read, nothing sent', async () => {
		const binary = {
			data: await storedFile(800 * 1024, 'a.jpg', 'image/jpeg'),
			second: await storedFile(800 * 1024, 'b.jpg', 'image/jpeg'),
		};
		const { result, readCount } = await runWatchingReads(new RingCentralMessaging(), mms, binary);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toContain('the files have 1.57 MB together, more than 1.5 MB');
		expect(readCount).toBe(0);
		expect(rc.emu.requestsFor('createMMS')).toHaveLength(0);
	});

	it('MMS: files within the limit are read from the filesystem store and sent', async () => {
		const half = Math.floor(MMS_LIMITS.totalBytes / 2);
		const binary = {
			data: await storedFile(half, 'a.jpg', 'image/jpeg'),
			second: await storedFile(half, 'b.jpg', 'image/jpeg'),
		};
		const { result, readCount } = await runWatchingReads(new RingCentralMessaging(), mms, binary);
		expect(result.error).toBeUndefined();
		expect(readCount).toBe(2);
		const [request] = rc.emu.requestsFor('createMMS');
		expect(request.body.files.map((f: { size: number }) => f.size)).toEqual([half, half]);
	});

	it('Fax: documents over 50 MB fail with NodeOperationError before anything is read or sent', async () => {
		const binary = { data: await storedFile(FAX_MAX_BYTES + 1, 'contract.pdf', 'application/pdf') };
		const { result, readCount } = await runWatchingReads(
			new RingCentralMessaging(),
			{ resource: 'fax', operation: 'send', to: '+14155550155', documentFields: 'data' },
			binary,
		);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toContain('more than 50 MB');
		expect(result.error?.description).toContain('several faxes');
		expect(readCount).toBe(0);
		expect(rc.emu.requestsFor('createFaxMessage')).toHaveLength(0);
	});

	it.each([
		['File → Upload', { resource: 'file', operation: 'upload', binaryFields: 'data' }],
		[
			'Post → Create with an attachment',
			{
				resource: 'post',
				operation: 'create',
				chat: { __rl: true, mode: 'list', value: '1001' },
				text: 'Report',
				options: { attachmentFields: 'data' },
			},
		],
	])(
		'Team Messaging %s: a file over 30 MB fails with NodeOperationError before anything is read or sent',
		async (_case, parameters) => {
			const binary = {
				data: await storedFile(FILE_UPLOAD_LIMITS.fileBytes! + 1, 'export.zip', 'application/zip'),
			};
			const { result, readCount } = await runWatchingReads(
				new RingCentralTeamMessaging(),
				parameters,
				binary,
			);
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error?.message).toContain('"export.zip" has 30.01 MB, more than 30 MB');
			expect(readCount).toBe(0);
			expect(rc.emu.requests).toHaveLength(0);
		},
	);
});
