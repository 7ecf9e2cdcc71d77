import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { RingCentralVoice } from '../../nodes/Voice/RingCentralVoice.node';
import { runNode } from '../harness';
import { useEmulator } from '../support/ringcentral';

const V1_OPERATIONS = ['listAnsweringRules', 'readAnsweringRule', 'createAnsweringRule', 'updateAnsweringRule', 'deleteAnsweringRule'];
const V2_OPERATIONS = ['listVoiceStateBasedRules', 'readVoiceStateBasedRule', 'updateVoiceStateBasedRule', 'listVoiceInteractionRules', 'readVoiceInteractionRule', 'createVoiceInteractionRule', 'updateVoiceInteractionRule', 'deleteVoiceInteractionRule'];

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
	const sent = (operationIds: string[]) => rc.emu.requests.filter((r: IDataObject) => operationIds.includes(String(r.operationId)));

	describe('detecting the version', () => {
		it('says answering rules (v1) for an account not yet upgraded', async () => {
			const result = await run({ operation: 'getVersion' });
			expect(result.items[0].json).toMatchObject({ extensionId: '~', version: 'v1', newCallHandling: false });
			expect(rc.emu.requestsFor('readExtensionFeatures')[0].query).toEqual({ featureId: 'NewCallHandlingAndForwarding' });
		});

		it('says the new call handling (v2) for an upgraded account', async () => {
			upgrade();
			const result = await run({ operation: 'getVersion', extension: { __rl: true, mode: 'id', value: '102' } });
			expect(result.items[0].json).toMatchObject({ extensionId: '102', version: 'v2', newCallHandling: true });
			expect(rc.emu.requestsFor('readExtensionFeatures')[0].path).toBe('/restapi/v1.0/account/~/extension/102/features');
		});
	});

	describe('an account with answering rules (v1)', () => {
		it('lists the rules, detecting the version once per run', async () => {
			const result = await run({ operation: 'getAll', returnAll: true }, [{ json: {} }, { json: {} }]);
			expect(result.error).toBeUndefined();
			expect(result.items.map((i) => i.json.id)).toEqual(['business-hours-rule', 'after-hours-rule', '1010001', 'business-hours-rule', 'after-hours-rule', '1010001']);
			expect(rc.emu.requestsFor('readExtensionFeatures')).toHaveLength(1);
			expect(sent(V2_OPERATIONS)).toHaveLength(0);
		});

		it('filters custom or schedule rules and enabled ones', async () => {
			await run({ operation: 'getAll', returnAll: true, ruleType: 'custom', enabledOnly: true });
			expect(rc.emu.requestsFor('listAnsweringRules')[0].query).toMatchObject({ type: 'Custom', enabledOnly: 'true', view: 'Detailed' });
			const schedule = await run({ operation: 'getAll', returnAll: true, ruleType: 'state' });
			expect(schedule.items.map((i) => i.json.type)).toEqual(['BusinessHours', 'AfterHours']);
		});

		it('gets a rule by either name of the business hours rule', async () => {
			const result = await run({ operation: 'get', ruleId: 'work-hours' });
			expect(result.items[0].json).toMatchObject({ id: 'business-hours-rule', type: 'BusinessHours' });
			expect(rc.emu.requestsFor('readAnsweringRule')[0].path).toBe('/restapi/v1.0/account/~/extension/~/answering-rule/business-hours-rule');
		});

		it('creates, switches off, renames and deletes a custom rule', async () => {
			const created = await run({ operation: 'create', name: 'Suppliers', callers: '+14155550122, (212) 555-0133', forwardTo: '+16505550188' });
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
			const updated = await run({ operation: 'update', ruleId, switch: 'off', updateFields: { name: 'Suppliers (paused)' } });
			expect(updated.items[0].json).toMatchObject({ id: ruleId, enabled: false, name: 'Suppliers (paused)' });
			expect(rc.emu.requestsFor('updateAnsweringRule')[0]).toMatchObject({ method: 'PUT', body: { enabled: false, name: 'Suppliers (paused)' } });
			const deleted = await run({ operation: 'delete', ruleId });
			expect(deleted.items[0].json).toEqual({ deleted: true });
			expect(sent(V2_OPERATIONS)).toHaveLength(0);
		});

		it('merges extra settings given as JSON', async () => {
			await run({ operation: 'create', name: 'After hours VIP', callers: '+14155550111', additionalFields: { settings: '{"callHandlingAction": "TakeMessagesOnly", "schedule": {"ref": "AfterHours"}}' } });
			expect(rc.emu.requestsFor('createAnsweringRule')[0].body).toMatchObject({ callHandlingAction: 'TakeMessagesOnly', schedule: { ref: 'AfterHours' } });
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
			expect(result.items.map((i) => i.json.id)).toEqual(['work-hours', 'after-hours', 'dnd', '10100001']);
			expect(sent(V1_OPERATIONS)).toHaveLength(0);
			const limited = await run({ operation: 'getAll', limit: 2 });
			expect(limited.items).toHaveLength(2);
			const custom = await run({ operation: 'getAll', returnAll: true, ruleType: 'custom', enabledOnly: true });
			expect(custom.items.map((i) => i.json.displayName)).toEqual(['VIP callers']);
			expect(rc.emu.requestsFor('listVoiceInteractionRules').at(-1).query).toMatchObject({ enabled: 'true' });
			const schedule = await run({ operation: 'getAll', returnAll: true, ruleType: 'state', enabledOnly: true });
			expect(schedule.items.map((i) => i.json.id)).toEqual(['work-hours', 'after-hours']);
		});

		it('gets a state rule by its legacy name, and a custom rule', async () => {
			const state = await run({ operation: 'get', ruleId: 'business-hours-rule' });
			expect(state.items[0].json).toMatchObject({ id: 'work-hours', dispatching: expect.any(Object) });
			expect(rc.emu.requestsFor('readVoiceStateBasedRule')[0].path).toBe('/restapi/v2/accounts/~/extensions/~/comm-handling/voice/state-rules/work-hours');
			const custom = await run({ operation: 'get', ruleId: '10100001' });
			expect(custom.items[0].json).toMatchObject({ displayName: 'VIP callers' });
		});

		it('creates a custom rule as an interaction rule', async () => {
			const created = await run({ operation: 'create', name: 'Suppliers', callers: '+14155550122', calledNumbers: '+16505550101', forwardTo: '+16505550188', enabled: false });
			expect(created.error).toBeUndefined();
			expect(rc.emu.requestsFor('createVoiceInteractionRule')[0].body).toEqual({
				displayName: 'Suppliers',
				enabled: false,
				conditions: [{ type: 'Interaction', from: [{ phoneNumber: '+14155550122', name: '+14155550122' }], to: ['+16505550101'] }],
				dispatching: {
					type: 'Terminate',
					actions: [{ type: 'TerminatingAction', targets: [{ type: 'PhoneNumberTerminatingTarget', destination: { phoneNumber: '+16505550188' }, dispatchingType: 'Terminating' }] }],
				},
			});
			const ruleId = String(created.items[0].json.id);
			const on = await run({ operation: 'update', ruleId, switch: 'on', updateFields: { name: 'Suppliers!' } });
			expect(on.items[0].json).toMatchObject({ enabled: true, displayName: 'Suppliers!' });
			expect(rc.emu.requestsFor('updateVoiceInteractionRule')[0]).toMatchObject({ method: 'PATCH', body: { enabled: true, displayName: 'Suppliers!' } });
			expect((await run({ operation: 'delete', ruleId })).items[0].json).toEqual({ deleted: true });
		});

		it('changes where a state rule sends calls, and explains what a state rule cannot do', async () => {
			const forwarded = await run({ operation: 'update', ruleId: 'after-hours-rule', updateFields: { forwardTo: '+16505550188' } });
			expect(forwarded.error).toBeUndefined();
			expect(rc.emu.requestsFor('updateVoiceStateBasedRule')[0]).toMatchObject({ path: '/restapi/v2/accounts/~/extensions/~/comm-handling/voice/state-rules/after-hours', body: { dispatching: { type: 'Terminate' } } });
			const off = await run({ operation: 'update', ruleId: 'after-hours', switch: 'off' });
			expect(off.error).toBeInstanceOf(NodeOperationError);
			expect(off.error.message).toBe('Rule ID: "after-hours" is the rule of a state; it cannot be switched on or off (item 0)');
			expect(off.error.description).toMatch(/State resource/);
			const deleted = await run({ operation: 'delete', ruleId: 'dnd' });
			expect(deleted.error.message).toMatch(/it cannot be deleted/);
		});

		it('needs an action and a condition before creating a rule', async () => {
			const noAction = await run({ operation: 'create', name: 'X', callers: '+14155550122' });
			expect(noAction.error.message).toBe('Forward To: the rule does nothing with the calls (item 0)');
			const noCondition = await run({ operation: 'create', name: 'X', forwardTo: '+16505550188' });
			expect(noCondition.error.message).toBe('Callers: the rule has no condition (item 0)');
			const badJson = await run({ operation: 'create', name: 'X', callers: '+14155550122', additionalFields: { settings: '{oops' } });
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
