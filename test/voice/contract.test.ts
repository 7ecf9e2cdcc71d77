/**
 * Every hand-written Voice operation, in each of its variants (user or account, legacy or new call
 * handling), sends spec-valid requests to the endpoints its spec facts name, through the engine against
 * the stateful emulator.
 */
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import {
	voiceAccountSpecOverrides,
	voiceInteractionRuleSpecOverrides,
	voiceSpecOverrides,
	voiceStateRuleSpecOverrides,
} from '../../nodes/Voice/specOverrides';
import { RingCentralVoice } from '../../nodes/Voice/RingCentralVoice.node';
import type { OperationMetaTable } from '../../nodes/shared/routing';
import { loadOptions, runNode } from '../harness';
import { rl } from '../support/locator';
import { useEmulator } from '../support/ringcentral';

const TABLES: Record<string, OperationMetaTable> = {
	voiceSpecOverrides,
	voiceAccountSpecOverrides,
	voiceInteractionRuleSpecOverrides,
	voiceStateRuleSpecOverrides,
};
describe('RingCentral Voice: hand-written operations against the spec', () => {
	const rc = useEmulator();
	const node = new RingCentralVoice();

	it('offer every hand-written operation in the node, with an action and a description for AI agents', () => {
		const properties = node.description.properties as INodeProperties[];
		for (const [resource, operations] of Object.entries(voiceSpecOverrides)) {
			const selector = properties.find(
				(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === resource,
			) as INodeProperties;
			const options = selector.options as INodePropertyOptions[];
			for (const operation of Object.keys(operations)) {
				const option = options.find((o) => o.value === operation);
				expect({
					resource,
					operation,
					action: Boolean(option?.action),
					description: (option?.description ?? '').length > 20,
				}).toEqual({ resource, operation, action: true, description: true });
			}
		}
	});

	it('reach every endpoint they name, with spec-valid requests', async () => {
		const run = async (resource: string, operation: string, parameters: IDataObject) => {
			const result = await runNode({
				nodeType: node,
				parameters: { authentication: 'jwt', resource, operation, ...parameters },
				credentials: rc.credentials,
			});
			expect({ resource, operation, error: result.error?.message }).toEqual({
				resource,
				operation,
				error: undefined,
			});
			return result.items;
		};
		const call = () =>
			rc.emu.startCall({ status: 'Answered' }) as { id: string; parties: Array<{ id: string }> };
		const ringing = (o: IDataObject = {}) =>
			rc.emu.startCall(o) as { id: string; parties: Array<{ id: string }> };
		const session = (s: { id: string; parties: Array<{ id: string }> }) => ({
			telephonySessionId: s.id,
			partyId: s.parties[0].id,
		});

		const started = await run('ringOut', 'start', {
			from: rl('list', '+16505550101'),
			to: '+14155550100',
		});
		await run('ringOut', 'getStatus', { ringOutId: started[0].json.id });
		await run('ringOut', 'cancel', { ringOutId: started[0].json.id });

		const [record] = await run('callLog', 'getAll', { dateRange: 'last7Days', limit: 1 });
		await run('callLog', 'getAll', { scope: 'account', limit: 1 });
		await run('callLog', 'get', { callRecordId: record.json.id });
		await run('callLog', 'get', { callRecordId: record.json.id, scope: 'account' });
		await run('callLog', 'sync', {});
		await run('callLog', 'sync', { scope: 'account' });
		await run('activeCall', 'getAll', { returnAll: true });
		await run('activeCall', 'getAll', { returnAll: true, scope: 'account' });

		const recordingId = (rc.emu.state.callLog as Array<{ recording?: { id: string } }>).find(
			(r) => r.recording,
		)?.recording?.id as string;
		await run('callRecordings', 'get', { recordingId });
		await run('callRecordings', 'download', { recording: rl('id', recordingId) });

		await run('callControl', 'callOut', { device: rl('list', '800000102'), to: '+14155550100' });
		const live = call();
		await run('callControl', 'getSession', { telephonySessionId: live.id });
		await run('callControl', 'getParty', session(live));
		await run('callControl', 'hold', session(live));
		await run('callControl', 'unhold', session(live));
		await run('callControl', 'startRecording', session(live));
		await run('callControl', 'pauseRecording', session(live));
		await run('callControl', 'resumeRecording', session(live));
		await run('callControl', 'flip', { ...session(live), flipTo: rl('list', '1') });
		await run('callControl', 'park', session(live));
		await run('callControl', 'transfer', {
			...session(call()),
			targetType: 'extensionNumber',
			target: '102',
		});
		await run('callControl', 'forward', {
			...session(ringing()),
			targetType: 'voicemail',
			target: '101',
		});
		await run('callControl', 'reply', { ...session(ringing()), text: 'Call you back' });
		await run('callControl', 'answer', session(ringing()));
		await run('callControl', 'reject', session(ringing()));
		await run('callControl', 'ignore', {
			...session(ringing({ queueCall: true })),
			device: rl('list', '800000101'),
		});
		await run('callControl', 'pickup', {
			...session(ringing({ extensionId: '102' })),
			device: rl('list', '800000101'),
		});
		const agentCall = rc.emu.startCall({ extensionId: '102', status: 'Answered' }) as {
			id: string;
			parties: Array<{ id: string }>;
		};
		await run('callControl', 'supervise', {
			telephonySessionId: agentCall.id,
			agent: rl('id', '102'),
			device: rl('list', '800000101'),
		});
		await run('callControl', 'supervise', {
			telephonySessionId: agentCall.id,
			agent: rl('id', '102'),
			device: rl('list', '800000101'),
			options: { agentPartyId: agentCall.parties[0].id },
		});
		await run('callControl', 'drop', { telephonySessionId: live.id });

		for (const upgraded of [false, true]) {
			rc.emu.callHandling.newCallHandling = upgraded;
			await run('callHandlingRules', 'getVersion', {});
			await run('callHandlingRules', 'getAll', { returnAll: true });
			const [created] = await run('callHandlingRules', 'create', {
				name: 'Contract',
				callers: '+14155550122',
				forwardTo: '+16505550188',
			});
			await run('callHandlingRules', 'get', { ruleId: created.json.id });
			await run('callHandlingRules', 'get', { ruleId: 'after-hours' });
			await run('callHandlingRules', 'update', { ruleId: created.json.id, switch: 'off' });
			await run('callHandlingRules', 'update', {
				ruleId: 'after-hours',
				updateFields: { forwardTo: '+16505550188' },
			});
			await run('callHandlingRules', 'delete', { ruleId: created.json.id });
		}

		const parameters = { authentication: 'jwt', resource: 'callControl', operation: 'callOut' };
		for (const methodName of [
			'searchDevices',
			'searchFlipNumbers',
			'searchCallerIdNumbers',
			'searchExtensions',
		]) {
			await loadOptions({
				nodeType: node,
				methodName,
				kind: 'listSearch',
				parameters,
				credentials: rc.credentials,
			});
		}
		await loadOptions({
			nodeType: node,
			methodName: 'getCountries',
			parameters,
			credentials: rc.credentials,
		});

		const answered = new Set(
			rc.emu.requests
				.filter((r: IDataObject) => Number(r.status) < 400)
				.map((r: IDataObject) => r.operationId),
		);
		const named = Object.values(TABLES).flatMap((resources) =>
			Object.values(resources).flatMap((operations) =>
				Object.values(operations).map((meta) => meta.operationId as string),
			),
		);
		expect(named.filter((id) => !answered.has(id))).toEqual([]);
		expect(rc.emu.violations).toEqual([]);
	}, 120_000);
});
