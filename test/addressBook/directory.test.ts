import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralAddressBook } from '../../nodes/AddressBook/RingCentralAddressBook.node';
import { loadOptions, runNode } from '../harness';
import { rl } from '../support/locator';
import { useEmulator } from '../support/ringcentral';

describe('RingCentral Address Book: company directory', () => {
	const rc = useEmulator();
	const teardowns: Array<() => void> = [];
	const onTeardown = (fn: () => void) => teardowns.push(fn);
	afterEach(() => teardowns.splice(0).forEach((fn) => fn()));
	const run = (
		parameters: Record<string, unknown>,
		items: Array<{ json: IDataObject }> = [{ json: {} }],
	) =>
		runNode({
			nodeType: new RingCentralAddressBook(),
			parameters: { authentication: 'oAuth2', resource: 'internalContacts', ...parameters },
			credentials: rc.credentials,
			items,
		});

	it('searches the directory and returns flat records, one per entry', async () => {
		const result = await run({ operation: 'search', searchString: 'sales', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json)).toEqual([
			{
				id: '102',
				extensionNumber: '102',
				name: 'Bob Builder',
				firstName: 'Bob',
				lastName: 'Builder',
				type: 'User',
				status: 'Enabled',
				email: 'bob@example.com',
				department: 'Sales',
				jobTitle: 'Sales Representative',
				phoneNumber: '+16505550103',
				phoneNumbers: '+16505550103',
				site: 'Main Site',
				accountId: '100000001',
			},
			expect.objectContaining({ id: '104', status: 'Disabled' }),
		]);
		const [request] = rc.emu.requestsFor('searchDirectoryEntries');
		expect(request.body).toEqual({ searchString: 'sales', page: 1, perPage: 1000 });
	});

	it('sends filters and sorting in the body, and gives raw entries without Simplify', async () => {
		const result = await run({
			operation: 'search',
			searchString: 'i',
			returnAll: true,
			filters: {
				searchFields: ['firstName', 'lastName'],
				extensionTypes: ['User'],
				extensionStatuses: ['Enabled'],
				siteIds: 'main-site',
				showFederated: false,
			},
			options: { orderBy: 'firstName', direction: 'Desc' },
			simplify: false,
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.firstName)).toEqual(['Bob', 'Alice']);
		expect(result.items[0].json.account).toMatchObject({ id: '100000001' });
		expect(rc.emu.requestsFor('searchDirectoryEntries')[0].body).toEqual({
			searchString: 'i',
			searchFields: ['firstName', 'lastName'],
			extensionTypes: ['User'],
			extensionStatuses: ['Enabled'],
			siteIds: ['main-site'],
			showFederated: false,
			orderBy: [{ index: 1, fieldName: 'firstName', direction: 'Desc' }],
			page: 1,
			perPage: 1000,
		});
	});

	it('pages through search results with page numbers in the body, and stops at the limit', async () => {
		onTeardown(() => delete rc.emu.handlers.searchDirectoryEntries);
		rc.emu.handlers.searchDirectoryEntries = ({
			body,
		}: {
			body: { page: number; perPage: number };
		}) => {
			const all = Array.from({ length: 5 }, (_, i) => ({
				id: String(500 + i),
				firstName: `P${i}`,
			}));
			const perPage = Math.min(body.perPage, 2);
			const start = (body.page - 1) * perPage;
			return {
				body: {
					records: all.slice(start, start + perPage),
					paging: { page: body.page, perPage, totalPages: 3, totalElements: 5 },
				},
			};
		};
		const all = await run({ operation: 'search', returnAll: true, simplify: false });
		expect(all.items.map((i) => i.json.id)).toEqual(['500', '501', '502', '503', '504']);
		expect(rc.emu.requestsFor('searchDirectoryEntries').map((r) => r.body.page)).toEqual([1, 2, 3]);

		const limited = await run({ operation: 'search', limit: 3, simplify: false });
		expect(limited.items).toHaveLength(3);
		expect(
			rc.emu
				.requestsFor('searchDirectoryEntries')
				.slice(3)
				.map((r) => [r.body.page, r.body.perPage]),
		).toEqual([
			[1, 3],
			[2, 3],
		]);
	});

	it('finds nobody without failing', async () => {
		const result = await run({ operation: 'search', searchString: 'zebra', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(0);
	});

	it('gets an entry picked from the list, by extension number, or the authorized user with "~"', async () => {
		const picked = await run({ operation: 'get', entry: rl('list', '103') });
		expect(picked.items[0].json).toMatchObject({
			id: '103',
			name: 'Carol Queue',
			type: 'Department',
			department: 'Support',
		});
		const byNumber = await run({ operation: 'get', entry: rl('extensionNumber', '102') });
		expect(byNumber.items[0].json).toMatchObject({ id: '102', name: 'Bob Builder' });
		// The number is looked up in the company's extension list, read once.
		expect(rc.emu.requestsFor('listExtensions')).toHaveLength(1);
		const me = await run({ operation: 'get', entry: rl('id', '~'), simplify: false });
		expect(me.items[0].json).toMatchObject({
			id: '101',
			firstName: 'Alice',
			phoneNumbers: expect.arrayContaining([
				expect.objectContaining({ phoneNumber: '+16505550101', primary: true }),
			]),
		});
		// "~" for many items: the authorized user's extension is read once per run.
		const mine = await run({ operation: 'get', entry: rl('id', '~') }, [
			{ json: {} },
			{ json: {} },
			{ json: {} },
		]);
		expect(mine.items.map((i) => i.json.id)).toEqual(['101', '101', '101']);
		expect(rc.emu.requestsFor('readExtension')).toHaveLength(2);
	});

	it('explains an entry that does not exist, and an extension number nobody has', async () => {
		const missing = await run({ operation: 'get', entry: rl('id', '999') });
		expect(missing.error).toBeInstanceOf(NodeApiError);
		expect(missing.error.httpCode).toBe('404');
		const unknown = await run({ operation: 'get', entry: rl('extensionNumber', '555') });
		expect(unknown.error).toBeInstanceOf(NodeOperationError);
		expect(unknown.error.message).toBe('Entry: no extension has the number 555 (item 0)');
		const empty = await run({ operation: 'get', entry: rl('id', '={{ "" }}') });
		expect(empty.error.message).toBe('Entry: none chosen (item 0)');
	});

	it('gets many entries with type filters', async () => {
		const users = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { typeGroup: 'User' },
		});
		expect(users.items.map((i) => i.json.name)).toEqual([
			'Alice Admin',
			'Bob Builder',
			'Dan Disabled',
		]);
		const queues = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { type: 'Department', showFederated: false },
		});
		expect(queues.items.map((i) => i.json.name)).toEqual(['Carol Queue']);
		expect(rc.emu.requestsFor('listDirectoryEntries')[1].query).toEqual({
			type: 'Department',
			showFederated: 'false',
			perPage: '2000',
			page: '1',
		});
		const limited = await run({ operation: 'getAll', limit: 2 });
		expect(limited.items).toHaveLength(2);
	});

	it('lists extensions for the Entry field, searchable by name or number, without sending a search parameter RingCentral lacks', async () => {
		const list = (filter?: string) =>
			loadOptions({
				nodeType: new RingCentralAddressBook(),
				methodName: 'searchExtensions',
				kind: 'listSearch',
				filter,
				parameters: { authentication: 'jwt', resource: 'internalContacts', operation: 'get' },
				credentials: rc.credentials,
			});
		expect((await list()).results).toEqual([
			{ name: 'Alice Admin (101)', value: '101' },
			{ name: 'Bob Builder (102)', value: '102' },
			{ name: 'Carol Queue (103, Call Queue)', value: '103' },
		]);
		expect((await list('bob')).results).toEqual([{ name: 'Bob Builder (102)', value: '102' }]);
		expect((await list('103')).results).toHaveLength(1);
		expect(rc.emu.requestsFor('listExtensions').map((r) => r.query.perPage)).toEqual([
			'100',
			'1000',
			'1000',
		]);
	});
});
