import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralTeamMessaging } from '../../nodes/TeamMessaging/RingCentralTeamMessaging.node';
import { binaryItem, loadOptions, runNode } from '../harness';
import { rl } from '../support/locator';
import { useEmulator } from '../support/ringcentral';

type Post = {
	id: string;
	groupId: string;
	text?: string;
	creatorId: string;
	parentPostId?: string;
	threadId?: string;
	isParent?: boolean;
	attachments: IDataObject[];
};
type InputItem = ReturnType<typeof binaryItem>;

const FRONT_DESK = rl('list', '1001');
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64',
);

function itemWithFiles(
	files: Record<string, { data: Buffer; mimeType: string; fileName: string }>,
	json: IDataObject = {},
): InputItem {
	const binary: NonNullable<InputItem['binary']> = {};
	for (const [field, file] of Object.entries(files))
		binary[field] = binaryItem(file.data, file.mimeType, file.fileName).binary!.data;
	return { json, binary };
}

describe('RingCentral Team Messaging: posts and files', () => {
	const rc = useEmulator();
	const run = (
		parameters: Record<string, unknown>,
		items: InputItem[] = [{ json: {} }],
		extra: Record<string, unknown> = {},
	) =>
		runNode({
			nodeType: new RingCentralTeamMessaging(),
			parameters: { authentication: 'jwt', resource: 'post', ...parameters },
			credentials: rc.credentials,
			items,
			...extra,
		});
	const posts = () => rc.emu.state.teamMessaging.posts as Post[];
	const created = () => rc.emu.requestsFor('createGlipPostNew');

	describe('Create', () => {
		it('posts a text to a chat picked from the list and returns the post', async () => {
			const result = await run({ operation: 'create', chat: FRONT_DESK, text: 'Deploy **done**' });
			expect(result.error).toBeUndefined();
			expect(created()[0].body).toEqual({ text: 'Deploy **done**' });
			expect(result.items).toHaveLength(1);
			expect(result.items[0].json).toMatchObject({
				groupId: '1001',
				type: 'TextMessage',
				text: 'Deploy **done**',
				creatorId: '101',
			});
			expect(result.items[0].pairedItem).toEqual({ item: 0 });
		});

		it.each([
			['an ID', rl('id', '1001')],
			['a RingCentral app link', rl('url', 'https://app.ringcentral.com/messages/1001')],
			['an old Glip link', rl('url', 'https://app.glip.com/chat/r?groupid=1001')],
			[
				'a link given to By ID by an expression',
				rl('id', '={{ "https://app.ringcentral.com/messages/1001" }}'),
			],
		])('finds the chat by %s', async (_how, chat) => {
			const result = await run({ operation: 'create', chat, text: 'hi' });
			expect(result.error).toBeUndefined();
			expect(created()[0].path).toBe('/team-messaging/v1/chats/1001/posts');
		});

		it('mentions people and the whole team, and tells RingCentral whom to notify', async () => {
			const result = await run({
				operation: 'create',
				chat: FRONT_DESK,
				text: 'please check the printer',
				options: { mentions: '102', mentionTeam: true },
			});
			expect(created()[0].body.text).toBe(
				'![:Team](1001) ![:Person](102) please check the printer',
			);
			expect(result.items[0].json.mentions).toEqual([
				{ id: '1001', type: 'Team', name: 'Front Desk' },
				{ id: '102', type: 'Person', name: 'Bob Builder' },
			]);
		});

		it('uploads binary fields to the chat and attaches them, keeping file names and types', async () => {
			const result = await run(
				{
					operation: 'create',
					chat: FRONT_DESK,
					text: 'Photos',
					options: { attachmentFields: 'data, second' },
				},
				[
					itemWithFiles({
						data: { data: PNG, mimeType: 'image/png', fileName: 'front.png' },
						second: {
							data: Buffer.from('%PDF-1.4'),
							mimeType: 'application/pdf',
							fileName: 'invoice.pdf',
						},
					}),
				],
			);
			expect(result.error).toBeUndefined();
			const uploads = rc.emu.requestsFor('createGlipFileNew');
			expect(
				uploads.map((r: { query: IDataObject; body: { files: IDataObject[] } }) => [
					r.query.groupId,
					r.query.name,
					r.body.files[0],
				]),
			).toEqual([
				[
					'1001',
					'front.png',
					{ name: 'body', filename: 'front.png', contentType: 'image/png', size: PNG.length },
				],
				[
					'1001',
					'invoice.pdf',
					{ name: 'body', filename: 'invoice.pdf', contentType: 'application/pdf', size: 8 },
				],
			]);
			expect(created()[0].body.attachments).toEqual([
				{ id: expect.any(String), type: 'File' },
				{ id: expect.any(String), type: 'File' },
			]);
			expect((result.items[0].json.attachments as IDataObject[]).map((a) => a.name)).toEqual([
				'front.png',
				'invoice.pdf',
			]);
		});

		it('posts files without text', async () => {
			const result = await run(
				{ operation: 'create', chat: FRONT_DESK, options: { attachmentFields: 'data' } },
				[itemWithFiles({ data: { data: PNG, mimeType: 'image/png', fileName: 'a.png' } })],
			);
			expect(result.error).toBeUndefined();
			expect(created()[0].body).toEqual({
				attachments: [{ id: expect.any(String), type: 'File' }],
			});
		});

		it('replies in the thread of a post, also to a reply (RingCentral files it under the first post)', async () => {
			const root = posts().find((p) => p.text === 'Printer is out of toner again.') as Post;
			const reply = posts().find((p) => p.parentPostId === root.id) as Post;
			const result = await run({
				operation: 'create',
				chat: FRONT_DESK,
				text: 'HP 26A',
				options: { parentPostId: reply.id },
			});
			expect(result.error).toBeUndefined();
			expect(created()[0].body).toEqual({ text: 'HP 26A', parentPostId: reply.id });
			expect(result.items[0].json).toMatchObject({
				parentPostId: root.id,
				threadId: root.threadId,
			});
		});

		it('posts one message per input item, with texts from expressions', async () => {
			const result = await run(
				{ operation: 'create', chat: FRONT_DESK, text: '=New lead: {{ $json.name }}' },
				[{ json: { name: 'Ann' } }, { json: { name: 'Ben' } }],
			);
			expect(result.items.map((i) => [i.json.text, i.pairedItem])).toEqual([
				['New lead: Ann', { item: 0 }],
				['New lead: Ben', { item: 1 }],
			]);
		});

		it.each([
			['an empty post', { text: '' }, 'Text: the post is empty'],
			[
				'a text over 10,000 characters',
				{ text: 'x'.repeat(10_001) },
				'more than the 10000 allowed',
			],
			[
				'a mention that is not a person ID',
				{ text: 'hi', options: { mentions: 'bob@example.com' } },
				'Mention People',
			],
			[
				'a missing binary field',
				{ text: 'hi', options: { attachmentFields: 'data, nothere' } },
				'no binary field "nothere"',
			],
			[
				'more than 25 attachments',
				{
					text: 'hi',
					options: { attachmentFields: Array.from({ length: 26 }, () => 'data').join(',') },
				},
				'26 attachments',
			],
			[
				'a thread post ID that is not an ID',
				{ text: 'hi', options: { parentPostId: 'abc' } },
				'Reply in Thread To',
			],
			[
				'a chat that is not an ID (from an expression)',
				{ text: 'hi', chat: rl('id', '={{ "general" }}') },
				'Chat: "general" is not an ID',
			],
		])('rejects %s before uploading or posting anything', async (_case, parameters, problem) => {
			const result = await run({ operation: 'create', chat: FRONT_DESK, ...parameters }, [
				itemWithFiles({ data: { data: PNG, mimeType: 'image/png', fileName: 'a.png' } }),
			]);
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error.message).toContain(problem);
			expect(result.error.message).toMatch(/item 0/i);
			expect(rc.emu.requestsFor('createGlipFileNew')).toHaveLength(0);
			expect(created()).toHaveLength(0);
		});

		it.each([
			['a chat that does not exist', rl('id', '999999'), '404'],
			['a public team you are not a member of', rl('id', '1003'), '403'],
			['an archived team', rl('id', '1004'), '403'],
		])("reports RingCentral's refusal to post to %s", async (_case, chat, status) => {
			const result = await run({ operation: 'create', chat, text: 'hi' });
			expect(result.error).toBeInstanceOf(NodeApiError);
			expect(result.error.httpCode).toBe(status);
		});

		it('with Continue On Fail, an item that fails gives an error item and the others are posted', async () => {
			const result = await run(
				{ operation: 'create', chat: rl('id', '={{ $json.chat }}'), text: 'x' },
				[{ json: { chat: '1001' } }, { json: { chat: '1003' } }, { json: { chat: '3001' } }],
				{ continueOnFail: true },
			);
			expect(result.items.map((i) => (i.json.error ? 'error' : i.json.groupId))).toEqual([
				'1001',
				'error',
				'3001',
			]);
		});
	});

	describe('Get Many, Get, Update, Delete', () => {
		it('lists the posts of a chat, newest first, up to the limit', async () => {
			const limited = await run({
				operation: 'getAll',
				chat: FRONT_DESK,
				returnAll: false,
				limit: 2,
			});
			expect(limited.items.map((i) => i.json.text)).toEqual([
				'Jane Customer called about her order.',
				'Ordered, arrives tomorrow.',
			]);
			expect(rc.emu.requestsFor('readGlipPostsNew')[0].query).toEqual({ recordCount: '2' });
		});

		it('follows page tokens for Return All', async () => {
			rc.emu.state.teamMessaging.maxRecordCount = 2;
			const all = await run({ operation: 'getAll', chat: FRONT_DESK, returnAll: true });
			expect(all.items).toHaveLength(6);
			const pages = rc.emu.requestsFor('readGlipPostsNew');
			expect(pages).toHaveLength(3);
			expect(pages.map((r: { query: IDataObject }) => r.query.pageToken === undefined)).toEqual([
				true,
				false,
				false,
			]);
			expect(pages[0].query.recordCount).toBe('250');
		});

		it('gets, edits and deletes a post of yours', async () => {
			const mine = posts().find((p) => p.text === 'Ordered, arrives tomorrow.') as Post;
			const got = await run({ operation: 'get', chat: FRONT_DESK, postId: mine.id });
			expect(got.items[0].json).toMatchObject({ id: mine.id, text: 'Ordered, arrives tomorrow.' });

			const edited = await run({
				operation: 'update',
				chat: FRONT_DESK,
				postId: mine.id,
				text: 'Ordered, arrives Friday.',
			});
			expect(rc.emu.requestsFor('patchGlipPostNew')[0].body).toEqual({
				text: 'Ordered, arrives Friday.',
			});
			expect(edited.items[0].json.text).toBe('Ordered, arrives Friday.');

			const deleted = await run({ operation: 'delete', chat: FRONT_DESK, postId: mine.id });
			expect(deleted.items).toEqual([{ json: { deleted: true }, pairedItem: { item: 0 } }]);
			expect(posts().some((p) => p.id === mine.id)).toBe(false);
		});

		it("reports RingCentral's refusal to edit or delete someone else's post, and an unknown post", async () => {
			const bobs = posts().find((p) => p.creatorId === '102' && p.groupId === '1001') as Post;
			for (const operation of ['update', 'delete']) {
				const result = await run({
					operation,
					chat: FRONT_DESK,
					postId: bobs.id,
					text: 'mine now',
				});
				expect(result.error).toBeInstanceOf(NodeApiError);
				expect(result.error.httpCode).toBe('403');
			}
			const unknown = await run({ operation: 'get', chat: FRONT_DESK, postId: '123' });
			expect(unknown.error.httpCode).toBe('404');
			const bad = await run({ operation: 'get', chat: FRONT_DESK, postId: 'latest' });
			expect(bad.error).toBeInstanceOf(NodeOperationError);
			expect(bad.error.message).toContain('Post ID');
		});
	});

	describe('File upload', () => {
		const upload = (parameters: Record<string, unknown>, items: InputItem[]) =>
			run({ resource: 'file', operation: 'upload', ...parameters }, items);

		it('uploads each binary field as one file, for a chat or without one', async () => {
			const files = itemWithFiles({
				data: { data: PNG, mimeType: 'image/png', fileName: 'a.png' },
				doc: { data: Buffer.from('hello'), mimeType: 'text/plain', fileName: 'b.txt' },
			});
			const result = await upload({ binaryFields: 'data, doc', chat: rl('id', '1002') }, [files]);
			expect(result.error).toBeUndefined();
			expect(result.items.map((i) => i.json.name)).toEqual(['a.png', 'b.txt']);
			expect(result.items[0].json).toEqual({
				id: expect.any(String),
				name: 'a.png',
				contentUri: expect.stringContaining('/a.png'),
			});
			expect(
				rc.emu.requestsFor('createGlipFileNew').map((r: { query: IDataObject }) => r.query.groupId),
			).toEqual(['1002', '1002']);

			const loose = await upload({ binaryFields: 'data', options: { fileName: 'renamed.png' } }, [
				files,
			]);
			expect(loose.items[0].json.name).toBe('renamed.png');
			expect(rc.emu.requestsFor('createGlipFileNew')[2].query).toEqual({ name: 'renamed.png' });
		});

		it.each([
			['a missing binary field', { binaryFields: 'nothere' }, 'no binary field "nothere"'],
			[
				'one file name for several files',
				{ binaryFields: 'data, data', options: { fileName: 'x.png' } },
				'File Name',
			],
		])('rejects %s before uploading', async (_case, parameters, problem) => {
			const result = await upload(parameters, [
				itemWithFiles({ data: { data: PNG, mimeType: 'image/png', fileName: 'a.png' } }),
			]);
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error.message).toContain(problem);
			expect(rc.emu.requestsFor('createGlipFileNew')).toHaveLength(0);
		});
	});

	it('lists chats to pick: teams by name first, then conversations, each with its app link; searchable', async () => {
		const search = (filter?: string) =>
			loadOptions({
				nodeType: new RingCentralTeamMessaging(),
				methodName: 'searchChats',
				kind: 'listSearch',
				filter,
				parameters: { authentication: 'jwt', resource: 'post', operation: 'create' },
				credentials: rc.credentials,
			});
		const all = await search();
		expect(all.results.map((r: { name: string }) => r.name)).toEqual([
			'All Employees (everyone in the company)',
			'Front Desk',
			'Personal chat (only you)',
			'Project Apollo (archived)',
			'Support',
			'Direct conversation 3001',
			'Group conversation 3002 (3 people)',
		]);
		expect(all.results.find((r: { value: string }) => r.value === '1001')).toEqual({
			name: 'Front Desk',
			value: '1001',
			url: 'https://app.ringcentral.com/messages/1001',
		});
		expect((await search('front')).results.map((r: { value: string }) => r.value)).toEqual([
			'1001',
		]);
		expect((await search('3002')).results.map((r: { value: string }) => r.value)).toEqual(['3002']);
	});
});
