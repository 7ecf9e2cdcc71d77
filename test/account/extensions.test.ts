import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralAccount } from '../../nodes/Account/RingCentralAccount.node';
import { loadOptions, runNode } from '../harness';
import { rl } from '../support/locator';
import { useEmulator } from '../support/ringcentral';

describe('RingCentral Account: extensions, phone numbers, company', () => {
	const rc = useEmulator();
	const run = (
		parameters: Record<string, unknown>,
		items: Array<{ json: IDataObject }> = [{ json: {} }],
		continueOnFail = false,
	) =>
		runNode({
			nodeType: new RingCentralAccount(),
			parameters: { authentication: 'jwt', ...parameters },
			credentials: rc.credentials,
			items,
			continueOnFail,
		});

	describe('extensions', () => {
		it('gets many extensions as flat records, one item each', async () => {
			const result = await run({ resource: 'extension', operation: 'getAll', returnAll: true });
			expect(result.error).toBeUndefined();
			expect(result.items.map((i) => i.json.name)).toEqual([
				'Alice Admin',
				'Bob Builder',
				'Carol Queue',
				'Dan Disabled',
			]);
			expect(result.items[0].json).toEqual({
				id: 101,
				extensionNumber: '101',
				name: 'Alice Admin',
				type: 'User',
				status: 'Enabled',
				firstName: 'Alice',
				lastName: 'Admin',
				email: 'alice@example.com',
				businessPhone: '+16505550100',
				mobilePhone: undefined,
				department: 'Management',
				jobTitle: 'Office Manager',
				site: undefined,
				admin: true,
				hidden: false,
				timezone: 'US/Pacific',
			});
			expect(result.items.every((i) => JSON.stringify(i.pairedItem) === '{"item":0}')).toBe(true);
		});

		it('filters by type and status (repeated query keys), email and number; raw records without Simplify', async () => {
			const queues = await run({
				resource: 'extension',
				operation: 'getAll',
				returnAll: true,
				filters: { type: ['Department'] },
			});
			expect(queues.items.map((i) => i.json.name)).toEqual(['Carol Queue']);
			const users = await run({
				resource: 'extension',
				operation: 'getAll',
				returnAll: true,
				filters: { type: ['User'], status: ['Enabled', 'NotActivated'] },
				simplify: false,
			});
			expect(users.items.map((i) => i.json.name)).toEqual(['Alice Admin', 'Bob Builder']);
			expect(users.items[0].json.contact).toMatchObject({ email: 'alice@example.com' });
			expect(rc.emu.requestsFor('listExtensions')[1].query).toMatchObject({
				type: 'User',
				status: ['Enabled', 'NotActivated'],
			});
			const byEmail = await run({
				resource: 'extension',
				operation: 'getAll',
				returnAll: true,
				filters: { email: 'bob@example.com, dan@example.com' },
			});
			expect(byEmail.items.map((i) => i.json.name)).toEqual(['Bob Builder', 'Dan Disabled']);
			const byNumber = await run({
				resource: 'extension',
				operation: 'getAll',
				limit: 5,
				filters: { extensionNumber: ' 103 ' },
			});
			expect(byNumber.items.map((i) => i.json.name)).toEqual(['Carol Queue']);
		});

		it('pages with the largest page size, and stops at the limit', async () => {
			for (let i = 0; i < 1500; i++) {
				rc.emu.state.extensions.push({
					...rc.emu.state.extensions[1],
					id: 20000 + i,
					extensionNumber: String(20000 + i),
					name: `Temp ${i}`,
				});
			}
			const all = await run({ resource: 'extension', operation: 'getAll', returnAll: true });
			expect(all.items).toHaveLength(1504);
			expect(rc.emu.requestsFor('listExtensions').map((r) => r.query.perPage)).toEqual([
				'1000',
				'1000',
			]);
			const limited = await run({ resource: 'extension', operation: 'getAll', limit: 3 });
			expect(limited.items).toHaveLength(3);
			expect(rc.emu.requestsFor('listExtensions')).toHaveLength(3);
		});

		it('gets an extension from the list, by ID, by extension number, or the authorized user when empty', async () => {
			const fromList = await run({
				resource: 'extension',
				operation: 'get',
				extension: rl('list', '102'),
			});
			expect(fromList.items[0].json).toMatchObject({
				id: 102,
				name: 'Bob Builder',
				department: 'Sales',
			});
			const byNumber = await run({
				resource: 'extension',
				operation: 'get',
				extension: rl('extensionNumber', '103'),
				simplify: false,
			});
			expect(byNumber.items[0].json).toMatchObject({
				id: 103,
				type: 'Department',
				contact: expect.any(Object),
			});
			const me = await run({ resource: 'extension', operation: 'get', extension: rl('list', '') });
			expect(me.items[0].json).toMatchObject({ id: 101, name: 'Alice Admin' });
			expect(rc.emu.requestsFor('readExtension').map((r) => r.path)).toEqual([
				'/restapi/v1.0/account/~/extension/102',
				'/restapi/v1.0/account/~/extension/103',
				'/restapi/v1.0/account/~/extension/~',
			]);
		});

		it('resolves extension numbers per item, and explains an unknown number or ID', async () => {
			const result = await run(
				{
					resource: 'extension',
					operation: 'get',
					extension: rl('extensionNumber', '={{ $json.ext }}'),
				},
				[{ json: { ext: '101' } }, { json: { ext: '555' } }, { json: { ext: '102' } }],
				true,
			);
			expect(result.items.map((i) => i.json.name ?? i.json.error)).toEqual([
				'Alice Admin',
				'Extension: no extension has the number 555 (item 1)',
				'Bob Builder',
			]);
			expect(result.items.map((i) => i.pairedItem)).toEqual([
				{ item: 0 },
				{ item: 1 },
				{ item: 2 },
			]);
			// Three items, three numbers: the company's extension list is read once for all of them.
			expect(rc.emu.requestsFor('listExtensions')).toHaveLength(1);

			const missing = await run({
				resource: 'extension',
				operation: 'get',
				extension: rl('id', '999'),
			});
			expect(missing.error).toBeInstanceOf(NodeApiError);
			expect(missing.error.httpCode).toBe('404');
			expect(missing.error.description).toContain('extensionId');
			const notAnId = await run({
				resource: 'extension',
				operation: 'get',
				extension: rl('id', '={{ "Bob" }}'),
			});
			expect(notAnId.error).toBeInstanceOf(NodeOperationError);
			expect(notAnId.error.message).toBe('Extension: "Bob" is not an extension ID (item 0)');
		});

		it('tells a user without admin rights that another extension is off limits', async () => {
			rc.credentials.patch('ringCentralJwtApi', {
				jwtToken: rc.emu.createJwt({ extensionId: '102' }),
				accessToken: '',
			});
			const result = await run({
				resource: 'extension',
				operation: 'get',
				extension: rl('id', '101'),
			});
			expect(result.error).toBeInstanceOf(NodeApiError);
			expect(result.error.httpCode).toBe('403');
			expect(result.error.description).toContain('connect as an administrator');
		});

		it('lists extensions and call queues for the locators, searchable by name or number', async () => {
			const list = (methodName: string, filter?: string) =>
				loadOptions({
					nodeType: new RingCentralAccount(),
					methodName,
					kind: 'listSearch',
					filter,
					parameters: { authentication: 'jwt', resource: 'presence', operation: 'getCallQueue' },
					credentials: rc.credentials,
				});
			expect(
				(await list('searchExtensions')).results.map((r: { value: string }) => r.value),
			).toEqual(['101', '102', '103']);
			expect((await list('searchExtensions', 'ali')).results).toEqual([
				{ name: 'Alice Admin (101)', value: '101' },
			]);
			expect((await list('searchCallQueues')).results).toEqual([
				{ name: 'Carol Queue (103, Call Queue)', value: '103' },
			]);
			expect((await list('searchCallQueues', 'bob')).results).toEqual([]);
			expect(rc.emu.requestsFor('listExtensions')[2].query).toMatchObject({
				type: 'Department',
				status: 'Enabled',
			});
		});

		it('pages the extension list in "From List" with a pagination token', async () => {
			for (let i = 0; i < 150; i++)
				rc.emu.state.extensions.push({
					...rc.emu.state.extensions[1],
					id: 30000 + i,
					extensionNumber: String(30000 + i),
					name: `Temp ${i}`,
				});
			const list = (paginationToken?: string) =>
				loadOptions({
					nodeType: new RingCentralAccount(),
					methodName: 'searchExtensions',
					kind: 'listSearch',
					paginationToken,
					parameters: { authentication: 'jwt', resource: 'extension', operation: 'get' },
					credentials: rc.credentials,
				});
			const first = await list();
			expect(first.results).toHaveLength(100);
			expect(first.paginationToken).toBe('2');
			const second = await list(first.paginationToken);
			expect(second.results).toHaveLength(53);
			expect(second.paginationToken).toBeUndefined();
		});
	});

	describe('phone numbers', () => {
		it("lists a user's numbers with their features, and only those with every feature asked for", async () => {
			const all = await run({ resource: 'phoneNumbers', operation: 'getAll', returnAll: true });
			expect(all.error).toBeUndefined();
			expect(all.items.map((i) => i.json.phoneNumber)).toEqual([
				'+16505550101',
				'+16505550102',
				'+16505550199',
			]);
			const sms = await run({
				resource: 'phoneNumbers',
				operation: 'getAll',
				returnAll: true,
				filters: { features: ['SmsSender', 'MmsSender'] },
			});
			expect(sms.items.map((i) => i.json.phoneNumber)).toEqual(['+16505550101']);
			// The spec's list facts name `page` as the page parameter: the first request asks for page 1.
			expect(rc.emu.requestsFor('listExtensionPhoneNumbers')[1].query).toEqual({
				perPage: '1000',
				page: '1',
			});
			const a2p = await run({
				resource: 'phoneNumbers',
				operation: 'getAll',
				limit: 1,
				filters: { features: ['A2PSmsSender'] },
			});
			expect(a2p.items.map((i) => i.json.phoneNumber)).toEqual(['+16505550199']);
		});

		it("lists another user's numbers, and filters by usage type", async () => {
			const bob = await run({
				resource: 'phoneNumbers',
				operation: 'getAll',
				extension: rl('extensionNumber', '102'),
				returnAll: true,
				filters: { usageType: ['DirectNumber'], status: 'Normal' },
			});
			expect(bob.items.map((i) => i.json.phoneNumber)).toEqual(['+16505550103']);
			expect(rc.emu.requestsFor('listExtensionPhoneNumbers')[0]).toMatchObject({
				path: '/restapi/v1.0/account/~/extension/102/phone-number',
				query: { usageType: 'DirectNumber', status: 'Normal' },
			});
		});

		it('lists every number of the company', async () => {
			const company = await run({
				resource: 'phoneNumbers',
				operation: 'getAll',
				owner: 'company',
				returnAll: true,
			});
			expect(company.items.map((i) => i.json.phoneNumber)).toEqual([
				'+16505550101',
				'+16505550102',
				'+16505550199',
				'+16505550103',
			]);
			expect(company.items[3].json.extension).toMatchObject({ id: 102, name: 'Bob Builder' });
			const main = await run({
				resource: 'phoneNumbers',
				operation: 'getAll',
				owner: 'company',
				limit: 10,
				filters: { usageType: ['MainCompanyNumber'] },
			});
			expect(main.items.map((i) => i.json.phoneNumber)).toEqual(['+16505550102']);
			expect(rc.emu.requestsFor('listAccountPhoneNumbers')[1].query).toEqual({
				usageType: 'MainCompanyNumber',
				perPage: '10',
				page: '1',
			});
		});
	});

	describe('company', () => {
		it('gets the company info with its name and address as a flat record', async () => {
			const result = await run({ resource: 'company', operation: 'get' });
			expect(result.error).toBeUndefined();
			expect(result.items.map((i) => i.json)).toEqual([
				{
					id: 100000001,
					companyName: 'Demo Company',
					email: 'info@demo.example',
					mainNumber: '+16505550102',
					status: 'Confirmed',
					brand: 'RingCentral',
					servicePlan: undefined,
					country: 'United States',
					timezone: 'US/Pacific',
					language: 'en-US',
					currency: 'USD',
					operatorExtensionNumber: '101',
					street: '20 Davis Dr',
					city: 'Belmont',
					state: 'CA',
					zip: '94002',
					addressCountry: 'United States',
				},
			]);
		});

		it('gives the raw account record, with or without the business address', async () => {
			const raw = await run({
				resource: 'company',
				operation: 'get',
				simplify: false,
				includeBusinessAddress: false,
			});
			expect(raw.items[0].json).toMatchObject({ id: 100000001, serviceInfo: expect.any(Object) });
			expect(raw.items[0].json.businessAddress).toBeUndefined();
			expect(rc.emu.requestsFor('readAccountBusinessAddress')).toHaveLength(0);
			const withAddress = await run({ resource: 'company', operation: 'get', simplify: false });
			expect(withAddress.items[0].json.businessAddress).toMatchObject({ company: 'Demo Company' });
		});

		it('explains a missing permission', async () => {
			rc.emu.setFault({ operationId: 'readAccountInfo' }, { status: 403 });
			const result = await run({ resource: 'company', operation: 'get' });
			expect(result.error).toBeInstanceOf(NodeApiError);
			expect(result.error.description).toContain('"ReadAccounts" permission');
		});
	});
});
