import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralAccount } from '../../nodes/Account/RingCentralAccount.node';
import { runNode } from '../harness';
import { rl } from '../support/locator';
import { useEmulator } from '../support/ringcentral';

describe('RingCentral Account: presence', () => {
	const rc = useEmulator();
	const run = (
		parameters: Record<string, unknown>,
		items: Array<{ json: IDataObject }> = [{ json: {} }],
	) =>
		runNode({
			nodeType: new RingCentralAccount(),
			parameters: { authentication: 'oAuth2', resource: 'presence', ...parameters },
			credentials: rc.credentials,
			items,
		});
	// Presence state is added by scripts/emulator/seed/addressBook.js (not part of the demo state's inferred type).
	const state = () =>
		rc.emu.state as unknown as {
			presence: Record<string, IDataObject>;
			callQueueMembers: Record<string, IDataObject[]>;
		};
	const presenceOf = (id: string) => state().presence[id];

	it("gets the authorized user's presence, and another user's by extension number", async () => {
		const me = await run({ operation: 'get' });
		expect(me.error).toBeUndefined();
		expect(me.items[0].json).toMatchObject({
			presenceStatus: 'Available',
			userStatus: 'Available',
			dndStatus: 'TakeAllCalls',
			extension: { id: 101 },
		});
		const bob = await run({
			operation: 'get',
			extension: rl('extensionNumber', '102'),
			options: { detailedTelephonyState: true },
		});
		expect(bob.items[0].json).toMatchObject({
			presenceStatus: 'Busy',
			userStatus: 'Busy',
			message: 'In a customer meeting',
		});
		expect(rc.emu.requestsFor('readUserPresenceStatus')[1]).toMatchObject({
			path: '/restapi/v1.0/account/~/extension/102/presence',
			query: { detailedTelephonyState: 'true' },
		});
	});

	it('sets status, Do Not Disturb and message, and sends only the fields given', async () => {
		const result = await run({
			operation: 'update',
			updateFields: {
				userStatus: 'Busy',
				dndStatus: 'DoNotAcceptAnyCalls',
				message: 'Back at 2pm',
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({
			presenceStatus: 'Busy',
			dndStatus: 'DoNotAcceptAnyCalls',
			message: 'Back at 2pm',
		});
		expect(rc.emu.requestsFor('updateUserPresenceStatus')[0].body).toEqual({
			userStatus: 'Busy',
			dndStatus: 'DoNotAcceptAnyCalls',
			message: 'Back at 2pm',
		});
		expect(presenceOf('101')).toMatchObject({
			userStatus: 'Busy',
			dndStatus: 'DoNotAcceptAnyCalls',
		});

		const back = await run({
			operation: 'update',
			extension: rl('id', '101'),
			updateFields: {
				userStatus: 'Available',
				dndStatus: 'TakeAllCalls',
				message: '',
				acceptCallQueueCalls: false,
			},
		});
		expect(back.items[0].json).toMatchObject({
			presenceStatus: 'Available',
			message: '',
			acceptCallQueueCalls: false,
		});
	});

	it('refuses an update without fields, and explains a presence that cannot be set (a call queue)', async () => {
		const empty = await run({ operation: 'update', updateFields: {} });
		expect(empty.error).toBeInstanceOf(NodeOperationError);
		expect(empty.error.message).toBe('Update Fields: nothing to change (item 0)');
		expect(rc.emu.requestsFor('updateUserPresenceStatus')).toHaveLength(0);

		const queue = await run({
			operation: 'update',
			extension: rl('list', '103'),
			updateFields: { userStatus: 'Busy' },
		});
		expect(queue.error).toBeInstanceOf(NodeApiError);
		expect(queue.error.httpCode).toBe('400');
		expect(queue.error.message).toContain('Department');
	});

	it("gets everyone's presence with names, filtered by status", async () => {
		const all = await run({ operation: 'getAll', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(
			all.items.map((i) => [(i.json.extension as IDataObject).name, i.json.presenceStatus]),
		).toEqual([
			['Alice Admin', 'Available'],
			['Bob Builder', 'Busy'],
			['Carol Queue', 'Offline'],
			['Dan Disabled', 'Offline'],
		]);
		expect(all.items[2].json.extension).toMatchObject({ type: 'Department' });

		const available = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { presenceStatus: ['Available'] },
			options: { addNames: false },
		});
		expect(available.items.map((i) => (i.json.extension as IDataObject).id)).toEqual([101]);
		expect((available.items[0].json.extension as IDataObject).name).toBeUndefined();
		expect(rc.emu.requestsFor('readAccountPresence')[1].query).toEqual({
			perPage: '1000',
			page: '1',
		});
		expect(rc.emu.requestsFor('listExtensions')).toHaveLength(1);
	});

	it('lists the members of a call queue and whether they take its calls', async () => {
		const result = await run({ operation: 'getCallQueue', callQueue: rl('list', '103') });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json)).toEqual([
			{
				member: expect.objectContaining({ id: '101', name: 'Alice Admin' }),
				acceptQueueCalls: true,
				acceptCurrentQueueCalls: true,
			},
			{
				member: expect.objectContaining({ id: '102', name: 'Bob Builder' }),
				acceptQueueCalls: true,
				acceptCurrentQueueCalls: false,
			},
		]);
		const byNumber = await run({
			operation: 'getCallQueue',
			callQueue: rl('extensionNumber', '103'),
		});
		expect(byNumber.items).toHaveLength(2);
	});

	it('logs a member in to and out of a call queue, the member picked by extension number or "~"', async () => {
		const bobIn = await run({
			operation: 'updateCallQueue',
			callQueue: rl('list', '103'),
			member: rl('extensionNumber', '102'),
			acceptCalls: true,
		});
		expect(bobIn.error).toBeUndefined();
		expect(bobIn.items.map((i) => i.json)).toEqual([
			{
				member: expect.objectContaining({ id: '102' }),
				acceptQueueCalls: true,
				acceptCurrentQueueCalls: true,
			},
		]);
		expect(rc.emu.requestsFor('updateCallQueuePresence')[0].body).toEqual({
			records: [{ member: { id: '102' }, acceptCurrentQueueCalls: true }],
		});

		const meOut = await run({
			operation: 'updateCallQueue',
			callQueue: rl('id', '103'),
			member: rl('id', '~'),
			acceptCalls: false,
		});
		expect(meOut.items[0].json).toMatchObject({
			member: { id: '101' },
			acceptCurrentQueueCalls: false,
		});
		expect(state().callQueueMembers['103']).toEqual([
			{ id: '101', acceptCurrentQueueCalls: false },
			{ id: '102', acceptCurrentQueueCalls: true },
		]);
	});

	it('explains a call queue that does not exist, an extension that is no member, and an empty queue field', async () => {
		const notAQueue = await run({ operation: 'getCallQueue', callQueue: rl('id', '102') });
		expect(notAQueue.error).toBeInstanceOf(NodeApiError);
		expect(notAQueue.error.httpCode).toBe('404');
		expect(notAQueue.error.description).toContain('groupId');

		const noMember = await run({
			operation: 'updateCallQueue',
			callQueue: rl('list', '103'),
			member: rl('id', '104'),
			acceptCalls: true,
		});
		expect(noMember.error).toBeInstanceOf(NodeApiError);
		expect(noMember.error.message).toContain('not a member');

		const empty = await run({ operation: 'getCallQueue', callQueue: rl('id', '={{ "" }}') });
		expect(empty.error).toBeInstanceOf(NodeOperationError);
		expect(empty.error.message).toBe('Call Queue: none chosen (item 0)');
	});
});
