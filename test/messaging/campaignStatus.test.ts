import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { loadOptions, runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

const LOCAL_SMS = '+16505550101';
const TOLL_FREE = '+16505550199';
const BOBS_NUMBER = '+16505550103';

describe('RingCentral Messaging: SMS → Get Campaign Status', () => {
	const rc = useEmulator();

	const getStatus = (phoneNumber: IDataObject, items = [{ json: {} }]) =>
		runNode({
			nodeType: new RingCentralMessaging(),
			parameters: {
				authentication: 'jwt',
				resource: 'sms',
				operation: 'getCampaignStatus',
				phoneNumber: { __rl: true, ...phoneNumber },
			},
			credentials: rc.credentials,
			items,
		});
	const idOf = (phoneNumber: string) =>
		String(
			(rc.emu.state.phoneNumbers as Array<{ id: number; phoneNumber: string }>).find(
				(p) => p.phoneNumber === phoneNumber,
			)!.id,
		);
	const configurationReads = () =>
		rc.emu
			.requestsFor('smsConfigurationInfo')
			.map((r: { path: string }) => r.path.split('/').at(-2));
	const numberListReads = () => rc.emu.requestsFor('listExtensionPhoneNumbers');

	it('reads the registration of a number picked from the list as one flat item', async () => {
		const list = await loadOptions({
			nodeType: new RingCentralMessaging(),
			methodName: 'searchSmsSenderNumbers',
			kind: 'listSearch',
			parameters: { authentication: 'jwt', resource: 'sms', operation: 'getCampaignStatus' },
			credentials: rc.credentials,
		});
		const picked = (list.results as Array<{ value: string }>).map((r) => r.value);
		expect(picked).toEqual([LOCAL_SMS]);

		const result = await getStatus({ mode: 'list', value: picked[0] });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[
				{
					phoneNumber: LOCAL_SMS,
					phoneNumberId: idOf(LOCAL_SMS),
					campaignId: expect.any(String),
					campaignStatus: 'Confirmed',
					registrationTier: 'LOW_VOLUME',
					useCases: ['CUSTOMER_CARE', 'ACCOUNT_NOTIFICATION'],
					brandId: expect.any(String),
					brandStatus: 'Confirmed',
					errors: [],
				},
				{ item: 0 },
			],
		]);
		expect(configurationReads()).toEqual([idOf(LOCAL_SMS)]);
	});

	it('reads a typed number, with the campaign and brand errors merged and labelled', async () => {
		rc.emu.setSmsConfiguration({
			phoneNumber: LOCAL_SMS,
			campaign: {
				id: 'CXYZ123',
				status: 'SubmitFailed',
				errors: [{ errorCode: 'TCR-4001', message: 'Sample message missing' }],
			},
			brand: {
				id: 'BABC789',
				status: 'Unconfirmed',
				errors: [{ errorCode: 'TCR-2001', message: 'EIN does not match' }],
			},
		});
		const result = await getStatus({ mode: 'number', value: '650.555.0101' });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({
			phoneNumber: LOCAL_SMS,
			campaignId: 'CXYZ123',
			campaignStatus: 'SubmitFailed',
			brandId: 'BABC789',
			brandStatus: 'Unconfirmed',
			errors: [
				{ registration: 'campaign', errorCode: 'TCR-4001', message: 'Sample message missing' },
				{ registration: 'brand', errorCode: 'TCR-2001', message: 'EIN does not match' },
			],
		});
	});

	it('gives null fields for a number without a registration (toll-free)', async () => {
		const result = await getStatus({ mode: 'number', value: TOLL_FREE });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({
			phoneNumber: TOLL_FREE,
			phoneNumberId: idOf(TOLL_FREE),
			campaignId: null,
			campaignStatus: null,
			registrationTier: null,
			useCases: [],
			brandId: null,
			brandStatus: null,
			errors: [],
		});
	});

	it('reads a number by its phone number ID without looking up the number list', async () => {
		rc.emu.setSmsConfiguration({ phoneNumber: LOCAL_SMS, campaign: { status: 'Submitted' } });
		const result = await getStatus({ mode: 'id', value: ` ${idOf(LOCAL_SMS)} ` });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({
			phoneNumber: LOCAL_SMS,
			phoneNumberId: idOf(LOCAL_SMS),
			campaignStatus: 'Submitted',
		});
		expect(numberListReads()).toHaveLength(0);
	});

	it.each([
		['a number of another user', BOBS_NUMBER, 'is not one of your numbers'],
		['a number of nobody here', '+14155550100', 'is not one of your numbers'],
		['text that is no number', 'my main line', 'is not a phone number'],
	])('rejects %s before asking for its SMS configuration', async (_case, value, problem) => {
		// From an expression: n8n's editor checks only typed values.
		const result = await getStatus({ mode: 'number', value: '={{ $json.number }}' }, [
			{ json: { number: value } },
		]);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toContain('Phone Number');
		expect(result.error.message).toContain(problem);
		expect(result.error.message).toContain('item 0');
		expect(result.error.description).toBeTruthy();
		expect(rc.emu.requestsFor('smsConfigurationInfo')).toHaveLength(0);
	});

	it('rejects an ID that is not a number before any request', async () => {
		const result = await getStatus({ mode: 'id', value: '={{ $json.id }}' }, [
			{ json: { id: 'abc' } },
		]);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toContain('is not a phone number ID');
		expect(
			rc.emu.requests.filter((r: { path: string }) => r.path.startsWith('/restapi/v1.0')),
		).toEqual([]);
	});

	it("fails with RingCentral's error when the ID is not the user's number (404)", async () => {
		const result = await getStatus({ mode: 'id', value: idOf(BOBS_NUMBER) });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.httpCode).toBe('404');
		expect(result.error.message).toContain('CMN-102');
		expect(result.error.context.itemIndex).toBe(0);
		expect(configurationReads()).toEqual([idOf(BOBS_NUMBER)]);
	});

	it('reads the number list once per run, however many items', async () => {
		const items = [LOCAL_SMS, TOLL_FREE, '650-555-0101', LOCAL_SMS].map((number) => ({
			json: { number },
		}));
		const result = await getStatus({ mode: 'number', value: '={{ $json.number }}' }, items);
		expect(result.error).toBeUndefined();
		expect(
			result.items.map((i) => [i.json.phoneNumber, i.json.campaignStatus, i.pairedItem]),
		).toEqual([
			[LOCAL_SMS, 'Confirmed', { item: 0 }],
			[TOLL_FREE, null, { item: 1 }],
			[LOCAL_SMS, 'Confirmed', { item: 2 }],
			[LOCAL_SMS, 'Confirmed', { item: 3 }],
		]);
		expect(numberListReads()).toHaveLength(1);
		expect(configurationReads()).toEqual([LOCAL_SMS, TOLL_FREE, LOCAL_SMS, LOCAL_SMS].map(idOf));
	});
});
