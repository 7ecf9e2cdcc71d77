import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralAddressBook } from '../../nodes/AddressBook/RingCentralAddressBook.node';
import { loadOptions, namesParameterIssues, runNode } from '../harness';
import { rl } from '../support/locator';
import { useEmulator } from '../support/ringcentral';

interface StoredContact extends IDataObject {
	id: number;
	_extensionId: string;
}

describe('RingCentral Address Book: personal contacts', () => {
	const rc = useEmulator();
	const run = (
		parameters: Record<string, unknown>,
		items: Array<{ json: IDataObject }> = [{ json: {} }],
		continueOnFail = false,
	) =>
		runNode({
			nodeType: new RingCentralAddressBook(),
			parameters: { authentication: 'jwt', resource: 'externalContacts', ...parameters },
			credentials: rc.credentials,
			items,
			continueOnFail,
		});
	// Address book state is added by scripts/emulator/seed/addressBook.js (not part of the demo state's inferred type).
	const contacts = (): StoredContact[] =>
		(rc.emu.state as unknown as { contacts: StoredContact[] }).contacts;
	const alices = () => contacts().filter((c) => c._extensionId === '101');
	const byName = (first: string) => alices().find((c) => c.firstName === first) as StoredContact;

	it('creates a contact from each input item, with phone numbers in E.164 and addresses', async () => {
		const result = await run(
			{
				operation: 'create',
				firstName: '={{ $json.first }}',
				lastName: '={{ $json.last }}',
				additionalFields: {
					company: 'Globex',
					email: '={{ $json.email }}',
					mobilePhone: '={{ $json.mobile }}',
					businessAddress: { address: { street: '5 Main St', city: 'Springfield', zip: '12345' } },
					birthday: '1990-05-17',
					webPage: 'globex.example',
				},
			},
			[
				{
					json: {
						first: 'Hank',
						last: 'Scorpio',
						email: 'hank@globex.example',
						mobile: '(650) 555-0142',
					},
				},
				{
					json: {
						first: 'Homer',
						last: 'Simpson',
						email: 'homer@globex.example',
						mobile: '+1 650 555 0143',
					},
				},
			],
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.items[0].json).toMatchObject({
			firstName: 'Hank',
			lastName: 'Scorpio',
			mobilePhone: '+16505550142',
			company: 'Globex',
		});
		const [request] = rc.emu.requestsFor('createContact');
		expect(request.body).toEqual({
			firstName: 'Hank',
			lastName: 'Scorpio',
			company: 'Globex',
			email: 'hank@globex.example',
			mobilePhone: '+16505550142',
			businessAddress: { street: '5 Main St', city: 'Springfield', zip: '12345' },
			birthday: '1990-05-17T00:00:00Z',
			webPage: 'https://globex.example',
		});
		expect(byName('Homer')).toMatchObject({
			mobilePhone: '+16505550143',
			email: 'homer@globex.example',
		});
	});

	it('sends local numbers with the Dialing Plan country for RingCentral to read', async () => {
		const result = await run({
			operation: 'create',
			firstName: 'Nigel',
			additionalFields: { businessPhone: '020 7946 0958' },
			options: { dialingPlan: 'gb' },
		});
		expect(result.error).toBeUndefined();
		const [request] = rc.emu.requestsFor('createContact');
		expect(request.query).toEqual({ dialingPlan: 'GB' });
		expect(request.body).toEqual({ firstName: 'Nigel', businessPhone: '02079460958' });
	});

	it('refuses bad input before sending: a phone number, an email, an empty contact, a dialing plan', async () => {
		const cases: Array<[Record<string, unknown>, string]> = [
			[
				{ firstName: 'X', additionalFields: { mobilePhone: 'call me' } },
				'Mobile Phone: "call me" is not a phone number',
			],
			[
				{ firstName: 'X', additionalFields: { email: 'not-an-email' } },
				'Email: "not-an-email" is not an email address',
			],
			[
				// Looks like an address to a loose check; RingCentral's spec (format: email) rejects it.
				{ firstName: 'X', additionalFields: { email: 'jane@acme..example' } },
				'Email: "jane@acme..example" is not an email address',
			],
			[{ firstName: ' ', lastName: '' }, 'Contact: no field given'],
			[
				{ firstName: 'X', options: { dialingPlan: 'Britain' } },
				'Dialing Plan: "BRITAIN" is not a two-letter country code',
			],
		];
		for (const [parameters, message] of cases) {
			const result = await run({ operation: 'create', ...parameters });
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error.message).toContain(message);
			expect(result.error.message).toContain('(item 0)');
		}
		expect(rc.emu.requestsFor('createContact')).toHaveLength(0);
	});

	it('gets a contact picked from the list or by ID', async () => {
		const jane = byName('Jane');
		const fromList = await run({ operation: 'get', contact: rl('list', String(jane.id)) });
		expect(fromList.items[0].json).toMatchObject({
			id: jane.id,
			firstName: 'Jane',
			company: 'Acme Corp',
		});
		const byId = await run({ operation: 'get', contact: rl('id', ` ${jane.id} `) });
		expect(byId.items[0].json.id).toBe(jane.id);
	});

	it('updates only the fields given, and removes a field added but left empty', async () => {
		const jane = byName('Jane');
		const result = await run({
			operation: 'update',
			contact: rl('list', String(jane.id)),
			updateFields: {
				jobTitle: 'Head Buyer',
				company: '',
				businessPhone: '4155550100',
				businessAddress: { address: { street: ' ' } },
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = rc.emu.requestsFor('patchContact');
		expect(request.body).toEqual({
			jobTitle: 'Head Buyer',
			company: null,
			businessPhone: '+14155550100',
			businessAddress: null,
		});
		expect(result.items[0].json.businessAddress).toBeUndefined();
		expect(result.items[0].json).toMatchObject({
			firstName: 'Jane',
			email: 'jane@acme.example',
			jobTitle: 'Head Buyer',
			businessPhone: '+14155550100',
		});
		expect(result.items[0].json.company).toBeUndefined();
		expect(rc.emu.requestsFor('updateContact')).toHaveLength(0);

		const nothing = await run({
			operation: 'update',
			contact: rl('list', String(jane.id)),
			updateFields: {},
		});
		expect(nothing.error.message).toContain('Update Fields: nothing to change');
	});

	it('deletes a contact and outputs {"deleted": true}; deleting it again explains the missing contact', async () => {
		const ken = byName('Ken');
		const result = await run({ operation: 'delete', contact: rl('list', String(ken.id)) });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json)).toEqual([{ deleted: true }]);
		expect(contacts().some((c) => c.id === ken.id)).toBe(false);

		const again = await run({ operation: 'delete', contact: rl('id', String(ken.id)) });
		expect(again.error).toBeInstanceOf(NodeApiError);
		expect(again.error.httpCode).toBe('404');
		expect(again.error.description).toContain('contactId');
	});

	it('refuses a contact that is not an ID before sending (typed: n8n flags the field; from an expression: the node)', async () => {
		// n8n 2.8 refuses with its generic WorkflowHasIssuesError; newer n8n name the field's issue.
		await expect(run({ operation: 'get', contact: rl('id', 'Jane Customer') })).rejects.toThrow(
			namesParameterIssues ? /A contact ID is a number/ : /^The workflow has issues/,
		);
		const result = await run({ operation: 'get', contact: rl('id', '={{ "Jane Customer" }}') });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toBe('Contact: "Jane Customer" is not an ID (item 0)');
		expect(rc.emu.requestsFor('readContact')).toHaveLength(0);
	});

	it('gets many contacts, one item each, sorted, across pages, or up to a limit', async () => {
		const all = await run({
			operation: 'getAll',
			returnAll: true,
			options: { sortBy: 'FirstName' },
		});
		expect(all.error).toBeUndefined();
		expect(all.items.map((i) => i.json.firstName)).toEqual(['Acme', 'Jane', 'Ken', 'Kim', 'Lee']);
		expect(rc.emu.requestsFor('listContacts')[0].query).toEqual({
			sortBy: 'FirstName',
			perPage: '1000',
			page: '1',
		});

		for (let i = 0; i < 1205; i++)
			contacts().push({
				id: 700000000 + i,
				firstName: `Bulk${i}`,
				availability: 'Alive',
				_extensionId: '101',
			});
		const many = await run({ operation: 'getAll', returnAll: true });
		expect(many.items).toHaveLength(1210);
		expect(rc.emu.requestsFor('listContacts')).toHaveLength(3);

		const limited = await run({ operation: 'getAll', limit: 3 });
		expect(limited.items).toHaveLength(3);
		expect(rc.emu.requestsFor('listContacts')[3].query.perPage).toBe('3');
	});

	it('searches by name prefix, by phone number and by email address', async () => {
		const names = await run({ operation: 'search', query: 'k', returnAll: true });
		expect(names.items.map((i) => i.json.firstName).sort()).toEqual(['Ken', 'Kim']);
		expect(rc.emu.requestsFor('listContacts')[0].query.startsWith).toBe('k');

		const phone = await run({ operation: 'search', query: '(212) 555-0133', returnAll: true });
		expect(phone.items.map((i) => i.json.firstName)).toEqual(['Lee']);
		expect(rc.emu.requestsFor('listContacts')[1].query.phoneNumber).toBe('+12125550133');

		const email = await run({
			operation: 'search',
			query: 'Lee.Wong@mail.example',
			returnAll: true,
		});
		expect(email.items.map((i) => i.json.firstName)).toEqual(['Lee']);
		expect(rc.emu.requestsFor('listContacts')[2].query).toEqual({ perPage: '1000', page: '1' });

		const none = await run({ operation: 'search', query: 'Nobody', returnAll: true });
		expect(none.error).toBeUndefined();
		expect(none.items).toHaveLength(0);

		const empty = await run({ operation: 'search', query: '  ' });
		expect(empty.error.message).toContain('Query: the query is empty');
	});

	it('searching by email stops reading pages once the limit is reached', async () => {
		for (let i = 0; i < 1500; i++)
			contacts().push({
				id: 710000000 + i,
				firstName: `Dup${i}`,
				email: 'dup@example.com',
				availability: 'Alive',
				_extensionId: '101',
			});
		const result = await run({ operation: 'search', query: 'dup@example.com', limit: 2 });
		expect(result.items).toHaveLength(2);
		expect(rc.emu.requestsFor('listContacts')).toHaveLength(1);
	});

	it('offers contacts in the Contact list, searchable by name, number and email', async () => {
		const list = (filter?: string) =>
			loadOptions({
				nodeType: new RingCentralAddressBook(),
				methodName: 'searchContacts',
				kind: 'listSearch',
				filter,
				parameters: { authentication: 'jwt', resource: 'externalContacts', operation: 'get' },
				credentials: rc.credentials,
			});
		const all = await list();
		expect(all.results).toHaveLength(5);
		expect(
			all.results.find((r: { value: string }) => r.value === String(byName('Jane').id)).name,
		).toBe('Jane Customer (Acme Corp, +14155550111)');
		expect((await list('jo')).results.map((r: { name: string }) => r.name)).toEqual([
			'Kim Jones (Jones & Co, +13105550144)',
		]);
		expect((await list('+14155550122')).results).toHaveLength(1);
		expect((await list('kim@jones')).results).toHaveLength(1);
	});

	it('continues on fail with one error item per failed input, paired with it', async () => {
		const jane = byName('Jane');
		const result = await run(
			{ operation: 'get', contact: rl('id', '={{ $json.id }}') },
			[{ json: { id: String(jane.id) } }, { json: { id: '999' } }, { json: { id: 'x' } }],
			true,
		);
		expect(result.items).toHaveLength(3);
		expect(result.items[0].json.id).toBe(jane.id);
		expect(result.items[1].json.error).toBeDefined();
		expect(result.items[2].json.error).toContain('Contact: "x" is not an ID');
		expect(result.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('explains a missing app permission', async () => {
		rc.emu.setFault(
			{ operationId: 'createContact' },
			{
				status: 403,
				body: {
					errorCode: 'CMN-401',
					message:
						'In order to call this API endpoint, application needs to have [Contacts] permission',
				},
			},
		);
		const result = await run({ operation: 'create', firstName: 'X' });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.description).toContain('"Contacts" permission');
	});
});
