import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { loadOptions, runNode, testCredential } from '../harness';
import { useEmulator } from '../support/ringcentral';

describe('RingCentral Messaging: high-volume SMS, dropdowns, credentials, spec facts', () => {
	const rc = useEmulator();
	const run = (
		parameters: Record<string, unknown>,
		items: Array<{ json: IDataObject }> = [{ json: {} }],
	) =>
		runNode({
			nodeType: new RingCentralMessaging(),
			parameters: { authentication: 'jwt', resource: 'a2pSms', ...parameters },
			credentials: rc.credentials,
			items,
		});

	it('turns all input items into one batch with personalised texts, paired with every item', async () => {
		const customers = [
			{ phone: '+14155550201', name: 'Ann' },
			{ phone: '+14155550202', name: 'Ben' },
			{ phone: '+14155550203', name: 'Cy' },
		];
		const result = await run(
			{
				operation: 'createBatch',
				from: { __rl: true, mode: 'list', value: '+16505550199' },
				to: '={{ $json.phone }}',
				text: '=Hi {{ $json.name }}, your order shipped',
			},
			customers.map((json) => ({ json })),
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		const [request] = rc.emu.requestsFor('createA2PSMS');
		expect(request.body.messages).toEqual(
			customers.map((c) => ({ to: [c.phone], text: `Hi ${c.name}, your order shipped` })),
		);

		const batchId = String(result.items[0].json.id);
		const batch = await run({ operation: 'getBatch', batchId });
		expect(batch.items[0].json).toMatchObject({ id: batchId });
		const sent = await run({ operation: 'getManyMessages', batchId, returnAll: true });
		expect(sent.error).toBeUndefined();
		expect(sent.items.map((i) => (i.json.to as string[])[0]).sort()).toEqual(
			customers.map((c) => c.phone),
		);
	});

	it('sends the text once at the top level when every item has the same text', async () => {
		await run(
			{
				operation: 'createBatch',
				from: { __rl: true, mode: 'list', value: '+16505550199' },
				to: '={{ $json.phone }}',
				text: 'Store closes at 6',
			},
			[{ json: { phone: '+14155550211' } }, { json: { phone: '+14155550212' } }],
		);
		const [request] = rc.emu.requestsFor('createA2PSMS');
		expect(request.body).toMatchObject({
			text: 'Store closes at 6',
			messages: [{ to: ['+14155550211'] }, { to: ['+14155550212'] }],
		});
	});

	it('rejects a bad recipient in any item before sending the batch', async () => {
		const result = await run(
			{
				operation: 'createBatch',
				from: { __rl: true, mode: 'list', value: '+16505550199' },
				to: '={{ $json.phone }}',
				text: 'x',
			},
			[{ json: { phone: '+14155550221' } }, { json: { phone: 'call me' } }],
		);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toContain('item 1');
		expect(rc.emu.requestsFor('createA2PSMS')).toHaveLength(0);
	});

	it('offers only numbers with the needed feature in the From lists', async () => {
		const list = (methodName: string, filter?: string) =>
			loadOptions({
				nodeType: new RingCentralMessaging(),
				methodName,
				kind: 'listSearch',
				filter,
				parameters: { authentication: 'jwt', resource: 'sms', operation: 'send' },
				credentials: rc.credentials,
			});
		const sms = await list('searchSmsSenderNumbers');
		expect(sms.results.map((r: { value: string }) => r.value)).toEqual(['+16505550101']);
		const a2p = await list('searchA2pSenderNumbers');
		expect(a2p.results.map((r: { value: string }) => r.value)).toEqual(['+16505550199']);
		expect((await list('searchMmsSenderNumbers', '555 0101')).results).toHaveLength(1);
		expect((await list('searchMmsSenderNumbers', '999')).results).toHaveLength(0);
	});

	it('lists fax cover pages with "None" first', async () => {
		const options = await loadOptions({
			nodeType: new RingCentralMessaging(),
			methodName: 'getFaxCoverPages',
			parameters: { authentication: 'oAuth2', resource: 'fax', operation: 'send' },
			credentials: rc.credentials,
		});
		expect(options[0]).toEqual({ name: 'None', value: 0 });
		expect(options.length).toBeGreaterThan(2);
	});

	it('tests both credentials against the API, and reports a bad JWT', async () => {
		expect(await testCredential(rc.credentials, 'ringCentralJwtApi')).toMatchObject({
			status: 'OK',
		});
		expect(await testCredential(rc.credentials, 'ringCentralOAuth2Api')).toMatchObject({
			status: 'OK',
		});
		const bad = await testCredential(rc.credentials, 'ringCentralJwtApi', {
			...rc.credentials.get('ringCentralJwtApi'),
			jwtToken: rc.emu.createJwt({ secret: 'forged' }),
			accessToken: '',
		});
		expect(bad.status).toBe('Error');
	});
});
