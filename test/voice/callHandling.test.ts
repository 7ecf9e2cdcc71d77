import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralVoice } from '../../nodes/Voice/RingCentralVoice.node';
import { runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

const V1_OPERATIONS = [
	'listAnsweringRules',
	'readAnsweringRule',
	'createAnsweringRule',
	'updateAnsweringRule',
	'deleteAnsweringRule',
];
const V2_OPERATIONS = [
	'listVoiceStateBasedRules',
	'readVoiceStateBasedRule',
	'updateVoiceStateBasedRule',
	'listVoiceInteractionRules',
	'readVoiceInteractionRule',
	'createVoiceInteractionRule',
	'updateVoiceInteractionRule',
	'deleteVoiceInteractionRule',
];

describe('RingCentral Voice: call handling rules, legacy and new', () => {
	const rc = useEmulator();
	const run = (parameters: IDataObject, items: Array<{ json: IDataObject }> = [{ json: {} }]) =>
		runNode({
			nodeType: new RingCentralVoice(),
			parameters: { authentication: 'jwt', resource: 'callHandlingRules', ...parameters },
			credentials: rc.credentials,
			items,
		});
	const upgrade = () => {
		rc.emu.callHandling.newCallHandling = true;
	};
	const sent = (operationIds: string[]) =>
		rc.emu.requests.filter((r: IDataObject) => operationIds.includes(String(r.operationId)));
	/** The v2 voicemail target as sent (the standard voicemail greeting of the emulator's dictionary is 590080). */
	const voicemailTarget = {
		type: 'VoiceMailTerminatingTarget',
		prompt: { greeting: { effectiveGreetingType: 'Preset', preset: { id: '590080' } } },
	};
	const toVoicemail = {
		type: 'Terminate',
		actions: [
			{
				type: 'TerminatingAction',
				targets: [voicemailTarget],
				ringingTargetType: 'VoiceMailTerminatingTarget',
				terminatingTargetType: 'VoiceMailTerminatingTarget',
			},
		],
	};

	describe('detecting the version', () => {
		it('says answering rules (v1) for an account not yet upgraded', async () => {
			const result = await run({ operation: 'getVersion' });
			expect(result.items[0].json).toMatchObject({
				extensionId: '~',
				version: 'v1',
				newCallHandling: false,
			});
			expect(rc.emu.requestsFor('readExtensionFeatures')[0].query).toEqual({
				featureId: 'NewCallHandlingAndForwarding',
			});
		});

		it('says the new call handling (v2) for an upgraded account', async () => {
			upgrade();
			const result = await run({
				operation: 'getVersion',
				extension: { __rl: true, mode: 'id', value: '102' },
			});
			expect(result.items[0].json).toMatchObject({
				extensionId: '102',
				version: 'v2',
				newCallHandling: true,
			});
			expect(rc.emu.requestsFor('readExtensionFeatures')[0].path).toBe(
				'/restapi/v1.0/account/~/extension/102/features',
			);
		});
	});

	describe('an account with answering rules (v1)', () => {
		it('lists the rules, detecting the version once per run', async () => {
			const result = await run({ operation: 'getAll', returnAll: true }, [
				{ json: {} },
				{ json: {} },
			]);
			expect(result.error).toBeUndefined();
			expect(result.items.map((i) => i.json.id)).toEqual([
				'business-hours-rule',
				'after-hours-rule',
				'1010001',
				'business-hours-rule',
				'after-hours-rule',
				'1010001',
			]);
			expect(rc.emu.requestsFor('readExtensionFeatures')).toHaveLength(1);
			expect(sent(V2_OPERATIONS)).toHaveLength(0);
		});

		it('filters custom or schedule rules and enabled ones', async () => {
			await run({ operation: 'getAll', returnAll: true, ruleType: 'custom', enabledOnly: true });
			expect(rc.emu.requestsFor('listAnsweringRules')[0].query).toMatchObject({
				type: 'Custom',
				enabledOnly: 'true',
				view: 'Detailed',
			});
			const schedule = await run({ operation: 'getAll', returnAll: true, ruleType: 'state' });
			expect(schedule.items.map((i) => i.json.type)).toEqual(['BusinessHours', 'AfterHours']);
		});

		it('gets a rule by either name of the business hours rule', async () => {
			const result = await run({ operation: 'get', ruleId: 'work-hours' });
			expect(result.items[0].json).toMatchObject({
				id: 'business-hours-rule',
				type: 'BusinessHours',
			});
			expect(rc.emu.requestsFor('readAnsweringRule')[0].path).toBe(
				'/restapi/v1.0/account/~/extension/~/answering-rule/business-hours-rule',
			);
		});

		it('creates, switches off, renames and deletes a custom rule', async () => {
			const created = await run({
				operation: 'create',
				name: 'Suppliers',
				callers: '+14155550122, (212) 555-0133',
				forwardTo: '+16505550188',
			});
			expect(created.error).toBeUndefined();
			expect(rc.emu.requestsFor('createAnsweringRule')[0].body).toEqual({
				type: 'Custom',
				name: 'Suppliers',
				enabled: true,
				callers: [{ callerId: '+14155550122' }, { callerId: '+12125550133' }],
				callHandlingAction: 'UnconditionalForwarding',
				unconditionalForwarding: { phoneNumber: '+16505550188' },
			});
			const ruleId = String(created.items[0].json.id);
			const updated = await run({
				operation: 'update',
				ruleId,
				switch: 'off',
				updateFields: { name: 'Suppliers (paused)' },
			});
			expect(updated.items[0].json).toMatchObject({
				id: ruleId,
				enabled: false,
				name: 'Suppliers (paused)',
			});
			expect(rc.emu.requestsFor('updateAnsweringRule')[0]).toMatchObject({
				method: 'PUT',
				body: { enabled: false, name: 'Suppliers (paused)' },
			});
			const deleted = await run({ operation: 'delete', ruleId });
			expect(deleted.items[0].json).toEqual({ deleted: true });
			expect(sent(V2_OPERATIONS)).toHaveLength(0);
		});

		it('merges extra settings given as JSON', async () => {
			await run({
				operation: 'create',
				name: 'After hours VIP',
				callers: '+14155550111',
				additionalFields: {
					settings: '{"callHandlingAction": "TakeMessagesOnly", "schedule": {"ref": "AfterHours"}}',
				},
			});
			expect(rc.emu.requestsFor('createAnsweringRule')[0].body).toMatchObject({
				callHandlingAction: 'TakeMessagesOnly',
				schedule: { ref: 'AfterHours' },
			});
		});

		it('sends calls to voicemail: creates and updates rules with Send to Voicemail', async () => {
			const created = await run({
				operation: 'create',
				name: 'Spam',
				callers: '+14155550199',
				action: 'voicemail',
			});
			expect(created.error).toBeUndefined();
			expect(rc.emu.requestsFor('createAnsweringRule')[0].body).toEqual({
				type: 'Custom',
				name: 'Spam',
				enabled: true,
				callers: [{ callerId: '+14155550199' }],
				callHandlingAction: 'TakeMessagesOnly',
			});
			const ruleId = String(created.items[0].json.id);
			expect((await run({ operation: 'get', ruleId })).items[0].json).toMatchObject({
				id: ruleId,
				callHandlingAction: 'TakeMessagesOnly',
			});

			await run({ operation: 'update', ruleId: '1010001', updateFields: { action: 'voicemail' } });
			await run({
				operation: 'update',
				ruleId: 'work-hours',
				updateFields: { action: 'voicemail' },
			});
			expect(
				rc.emu.requestsFor('updateAnsweringRule').map((r: IDataObject) => [r.path, r.body]),
			).toEqual([
				[
					'/restapi/v1.0/account/~/extension/~/answering-rule/1010001',
					{ callHandlingAction: 'TakeMessagesOnly' },
				],
				[
					'/restapi/v1.0/account/~/extension/~/answering-rule/business-hours-rule',
					{ callHandlingAction: 'TakeMessagesOnly' },
				],
			]);
			expect((await run({ operation: 'get', ruleId: '1010001' })).items[0].json).toMatchObject({
				name: 'VIP callers',
				callHandlingAction: 'TakeMessagesOnly',
			});
			expect(
				(await run({ operation: 'get', ruleId: 'business-hours-rule' })).items[0].json,
			).toMatchObject({ type: 'BusinessHours', callHandlingAction: 'TakeMessagesOnly' });
			expect(sent(['listStandardGreetings', ...V2_OPERATIONS])).toHaveLength(0);
		});

		it('plays an announcement and hangs up', async () => {
			const created = await run({
				operation: 'create',
				name: 'Closed',
				calledNumbers: '+16505550101',
				action: 'announcement',
			});
			expect(created.error).toBeUndefined();
			expect(rc.emu.requestsFor('createAnsweringRule')[0].body).toMatchObject({
				calledNumbers: [{ phoneNumber: '+16505550101' }],
				callHandlingAction: 'PlayAnnouncementOnly',
			});
			await run({
				operation: 'update',
				ruleId: 'after-hours-rule',
				updateFields: { action: 'announcement' },
			});
			expect(rc.emu.requestsFor('updateAnsweringRule')[0].body).toEqual({
				callHandlingAction: 'PlayAnnouncementOnly',
			});
		});

		it('still forwards with the parameters of workflows made before the action choice (Forward To, no action)', async () => {
			const created = await run({
				operation: 'create',
				name: 'Old',
				callers: '+14155550122',
				forwardTo: '(650) 555-0188',
			});
			expect(rc.emu.requestsFor('createAnsweringRule')[0].body).toMatchObject({
				callHandlingAction: 'UnconditionalForwarding',
				unconditionalForwarding: { phoneNumber: '+16505550188' },
			});
			await run({
				operation: 'update',
				ruleId: String(created.items[0].json.id),
				updateFields: { forwardTo: '+16505550177' },
			});
			expect(rc.emu.requestsFor('updateAnsweringRule')[0].body).toEqual({
				callHandlingAction: 'UnconditionalForwarding',
				unconditionalForwarding: { phoneNumber: '+16505550177' },
			});
			const json = await run({
				operation: 'create',
				name: 'JSON',
				callers: '+14155550122',
				action: 'json',
				additionalFields: { settings: '{"callHandlingAction": "TakeMessagesOnly"}' },
			});
			expect(json.error).toBeUndefined();
			expect(rc.emu.requestsFor('createAnsweringRule')[1].body).toMatchObject({
				callHandlingAction: 'TakeMessagesOnly',
			});
			expect(rc.emu.requestsFor('createAnsweringRule')[1].body).not.toHaveProperty(
				'unconditionalForwarding',
			);
		});

		it("passes on RingCentral's refusal to delete the business hours rule", async () => {
			const result = await run({ operation: 'delete', ruleId: 'business-hours-rule' });
			expect(result.error).toBeInstanceOf(NodeApiError);
			expect(result.error.message).toMatch(/cannot be deleted/);
		});
	});

	describe('an upgraded account (new call handling, v2)', () => {
		beforeEach(upgrade);

		it('lists the state-based and the custom (interaction) rules, never the answering rules', async () => {
			const result = await run({ operation: 'getAll', returnAll: true });
			expect(result.error).toBeUndefined();
			expect(result.items.map((i) => i.json.id)).toEqual([
				'work-hours',
				'after-hours',
				'dnd',
				'10100001',
			]);
			expect(sent(V1_OPERATIONS)).toHaveLength(0);
			const limited = await run({ operation: 'getAll', limit: 2 });
			expect(limited.items).toHaveLength(2);
			const custom = await run({
				operation: 'getAll',
				returnAll: true,
				ruleType: 'custom',
				enabledOnly: true,
			});
			expect(custom.items.map((i) => i.json.displayName)).toEqual(['VIP callers']);
			expect(rc.emu.requestsFor('listVoiceInteractionRules').at(-1).query).toMatchObject({
				enabled: 'true',
			});
			const schedule = await run({
				operation: 'getAll',
				returnAll: true,
				ruleType: 'state',
				enabledOnly: true,
			});
			expect(schedule.items.map((i) => i.json.id)).toEqual(['work-hours', 'after-hours']);
		});

		it('gets a state rule by its legacy name, and a custom rule', async () => {
			const state = await run({ operation: 'get', ruleId: 'business-hours-rule' });
			expect(state.items[0].json).toMatchObject({
				id: 'work-hours',
				dispatching: expect.any(Object),
			});
			expect(rc.emu.requestsFor('readVoiceStateBasedRule')[0].path).toBe(
				'/restapi/v2/accounts/~/extensions/~/comm-handling/voice/state-rules/work-hours',
			);
			const custom = await run({ operation: 'get', ruleId: '10100001' });
			expect(custom.items[0].json).toMatchObject({ displayName: 'VIP callers' });
		});

		it('creates a custom rule as an interaction rule', async () => {
			const created = await run({
				operation: 'create',
				name: 'Suppliers',
				callers: '+14155550122',
				calledNumbers: '+16505550101',
				forwardTo: '+16505550188',
				enabled: false,
			});
			expect(created.error).toBeUndefined();
			expect(rc.emu.requestsFor('createVoiceInteractionRule')[0].body).toEqual({
				displayName: 'Suppliers',
				enabled: false,
				conditions: [
					{
						type: 'Interaction',
						from: [{ phoneNumber: '+14155550122', name: '+14155550122' }],
						to: ['+16505550101'],
					},
				],
				dispatching: {
					type: 'Terminate',
					actions: [
						{
							type: 'TerminatingAction',
							targets: [
								{
									type: 'PhoneNumberTerminatingTarget',
									destination: { phoneNumber: '+16505550188' },
									dispatchingType: 'Terminating',
								},
							],
						},
					],
				},
			});
			const ruleId = String(created.items[0].json.id);
			const on = await run({
				operation: 'update',
				ruleId,
				switch: 'on',
				updateFields: { name: 'Suppliers!' },
			});
			expect(on.items[0].json).toMatchObject({ enabled: true, displayName: 'Suppliers!' });
			expect(rc.emu.requestsFor('updateVoiceInteractionRule')[0]).toMatchObject({
				method: 'PATCH',
				body: { enabled: true, displayName: 'Suppliers!' },
			});
			expect((await run({ operation: 'delete', ruleId })).items[0].json).toEqual({ deleted: true });
		});

		it('changes where a state rule sends calls, and explains what a state rule cannot do', async () => {
			const forwarded = await run({
				operation: 'update',
				ruleId: 'after-hours-rule',
				updateFields: { forwardTo: '+16505550188' },
			});
			expect(forwarded.error).toBeUndefined();
			expect(rc.emu.requestsFor('updateVoiceStateBasedRule')[0]).toMatchObject({
				path: '/restapi/v2/accounts/~/extensions/~/comm-handling/voice/state-rules/after-hours',
				body: { dispatching: { type: 'Terminate' } },
			});
			const off = await run({ operation: 'update', ruleId: 'after-hours', switch: 'off' });
			expect(off.error).toBeInstanceOf(NodeOperationError);
			expect(off.error.message).toBe(
				'Rule ID: "after-hours" is the rule of a state; it cannot be switched on or off (item 0)',
			);
			expect(off.error.description).toMatch(/State resource/);
			const deleted = await run({ operation: 'delete', ruleId: 'dnd' });
			expect(deleted.error.message).toMatch(/it cannot be deleted/);
		});

		it('sends calls to voicemail: a custom rule created and updated, and a state rule', async () => {
			const created = await run(
				{ operation: 'create', name: 'Spam', callers: '+14155550199', action: 'voicemail' },
				[{ json: {} }, { json: {} }],
			);
			expect(created.error).toBeUndefined();
			const [body] = rc.emu
				.requestsFor('createVoiceInteractionRule')
				.map((r: IDataObject) => r.body);
			expect(body).toEqual({
				displayName: 'Spam',
				enabled: true,
				conditions: [
					{
						type: 'Interaction',
						from: [{ phoneNumber: '+14155550199', name: '+14155550199' }],
						to: [],
					},
				],
				dispatching: toVoicemail,
			});
			// The standard voicemail greeting (the target's required prompt) is looked up once per run.
			expect(rc.emu.requestsFor('listStandardGreetings').map((r: IDataObject) => r.query)).toEqual([
				{ type: 'Voicemail', usageType: 'UserExtensionAnsweringRule' },
			]);
			const ruleId = String(created.items[0].json.id);
			const got = await run({ operation: 'get', ruleId });
			expect(got.items[0].json.dispatching).toEqual({
				type: 'Terminate',
				actions: [
					{
						...toVoicemail.actions[0],
						targets: [{ name: 'Voicemail', extension: { id: '101' }, ...voicemailTarget }],
					},
				],
			});

			const updated = await run({
				operation: 'update',
				ruleId: '10100001',
				updateFields: { action: 'voicemail', name: 'VIP to voicemail' },
			});
			expect(updated.error).toBeUndefined();
			expect(rc.emu.requestsFor('updateVoiceInteractionRule')[0].body).toEqual({
				dispatching: toVoicemail,
				displayName: 'VIP to voicemail',
			});
			expect((await run({ operation: 'get', ruleId: '10100001' })).items[0].json).toMatchObject({
				displayName: 'VIP to voicemail',
				conditions: [{ from: [{ phoneNumber: '+14155550111' }] }],
				dispatching: {
					type: 'Terminate',
					actions: [
						{
							terminatingTargetType: 'VoiceMailTerminatingTarget',
							targets: [{ type: 'VoiceMailTerminatingTarget', name: 'Voicemail' }],
						},
					],
				},
			});

			const state = await run({
				operation: 'update',
				ruleId: 'after-hours-rule',
				updateFields: { action: 'voicemail' },
			});
			expect(state.error).toBeUndefined();
			expect(rc.emu.requestsFor('updateVoiceStateBasedRule')[0]).toMatchObject({
				path: '/restapi/v2/accounts/~/extensions/~/comm-handling/voice/state-rules/after-hours',
				body: { dispatching: toVoicemail },
			});
			expect(
				(await run({ operation: 'get', ruleId: 'after-hours' })).items[0].json.dispatching,
			).toMatchObject({
				type: 'Terminate',
				actions: [
					{ targets: [{ type: 'VoiceMailTerminatingTarget', prompt: voicemailTarget.prompt }] },
				],
			});
			expect(sent(V1_OPERATIONS)).toHaveLength(0);
		});

		it('plays an announcement and hangs up, keeping the voicemail target RingCentral requires', async () => {
			const created = await run({
				operation: 'create',
				name: 'Closed',
				calledNumbers: '+16505550101',
				action: 'announcement',
			});
			expect(created.error).toBeUndefined();
			expect(rc.emu.requestsFor('createVoiceInteractionRule')[0].body.dispatching).toEqual({
				type: 'Terminate',
				actions: [
					{
						type: 'TerminatingAction',
						targets: [
							voicemailTarget,
							{
								type: 'PlayAnnouncementTerminatingTarget',
								prompt: { greeting: { effectiveGreetingType: 'Preset', preset: { id: '66816' } } },
								dispatchingType: 'Terminating',
							},
						],
						ringingTargetType: 'VoiceMailTerminatingTarget',
						terminatingTargetType: 'PlayAnnouncementTerminatingTarget',
					},
				],
			});
			expect(
				rc.emu
					.requestsFor('listStandardGreetings')
					.map((r: { query: IDataObject }) => r.query.type),
			).toEqual(['Voicemail', 'Announcement']);
			const got = await run({ operation: 'get', ruleId: String(created.items[0].json.id) });
			expect(got.items[0].json.dispatching).toMatchObject({
				actions: [
					{
						targets: [
							{ name: 'Voicemail' },
							{ name: 'PlayAnnouncement', type: 'PlayAnnouncementTerminatingTarget' },
						],
					},
				],
			});
		});

		it('still forwards with the parameters of workflows made before the action choice (Forward To, no action)', async () => {
			const created = await run({
				operation: 'create',
				name: 'Old',
				callers: '+14155550122',
				forwardTo: '+16505550188',
			});
			expect(created.error).toBeUndefined();
			const forward = (phoneNumber: string) => ({
				type: 'Terminate',
				actions: [
					{
						type: 'TerminatingAction',
						targets: [
							{
								type: 'PhoneNumberTerminatingTarget',
								destination: { phoneNumber },
								dispatchingType: 'Terminating',
							},
						],
					},
				],
			});
			expect(rc.emu.requestsFor('createVoiceInteractionRule')[0].body.dispatching).toEqual(
				forward('+16505550188'),
			);
			await run({
				operation: 'update',
				ruleId: String(created.items[0].json.id),
				updateFields: { forwardTo: '+16505550177' },
			});
			expect(rc.emu.requestsFor('updateVoiceInteractionRule')[0].body).toEqual({
				dispatching: forward('+16505550177'),
			});
			await run({
				operation: 'update',
				ruleId: 'after-hours',
				updateFields: { forwardTo: '+16505550166' },
			});
			expect(rc.emu.requestsFor('updateVoiceStateBasedRule')[0].body).toEqual({
				dispatching: forward('+16505550166'),
			});
			expect(rc.emu.requestsFor('listStandardGreetings')).toHaveLength(0);
		});

		it('checks the action before any request', async () => {
			const noNumber = await run({
				operation: 'update',
				ruleId: 'after-hours',
				updateFields: { action: 'forward' },
			});
			expect(noNumber.error).toBeInstanceOf(NodeOperationError);
			expect(noNumber.error.message).toBe('Forward To: no number given (item 0)');
			const both = await run({
				operation: 'update',
				ruleId: 'after-hours',
				updateFields: { action: 'voicemail', forwardTo: '+16505550188' },
			});
			expect(both.error.message).toBe(
				'Forward To: only used with the "Forward To" action (item 0)',
			);
			const bad = await run({
				operation: 'create',
				name: 'X',
				callers: '+14155550122',
				action: 'forward',
				forwardTo: 'tomorrow',
			});
			expect(bad.error.message).toBe('Forward To: "tomorrow" is not a phone number (item 0)');
			const json = await run({
				operation: 'create',
				name: 'X',
				callers: '+14155550122',
				action: 'json',
			});
			expect(json.error.message).toBe(
				'Rule Settings (JSON): the rule does nothing with the calls (item 0)',
			);
			expect(
				sent([
					'listStandardGreetings',
					'createVoiceInteractionRule',
					'updateVoiceInteractionRule',
					'updateVoiceStateBasedRule',
				]),
			).toHaveLength(0);
		});

		it('needs an action and a condition before creating a rule', async () => {
			const noAction = await run({ operation: 'create', name: 'X', callers: '+14155550122' });
			expect(noAction.error.message).toBe(
				'Forward To: the rule does nothing with the calls (item 0)',
			);
			const noCondition = await run({ operation: 'create', name: 'X', forwardTo: '+16505550188' });
			expect(noCondition.error.message).toBe('Callers: the rule has no condition (item 0)');
			const badJson = await run({
				operation: 'create',
				name: 'X',
				callers: '+14155550122',
				additionalFields: { settings: '{oops' },
			});
			expect(badJson.error.message).toBe('Rule Settings (JSON): not valid JSON (item 0)');
			expect(sent(['createVoiceInteractionRule'])).toHaveLength(0);
		});

		it('explains the legacy API when it is chosen explicitly for an upgraded account', async () => {
			const result = await run({ operation: 'getAll', returnAll: true, callHandlingVersion: 'v1' });
			expect(result.error).toBeInstanceOf(NodeApiError);
			expect(result.error.httpCode).toBe('403');
			expect(result.error.message).toMatch(/new call handling/);
			expect(rc.emu.requestsFor('readExtensionFeatures')).toHaveLength(0);
		});
	});
});
