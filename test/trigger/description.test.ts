import { readme } from './readme';
import { pollOperations } from '../../nodes/RingCentralPollTrigger/operations';
import { RingCentralPollTrigger } from '../../nodes/RingCentralPollTrigger/RingCentralPollTrigger.node';
import { classifyDelivery, EVENT_PRESETS, filterKey, permissionForFilter } from '../../nodes/RingCentralTrigger/events';
import { triggerOperations } from '../../nodes/RingCentralTrigger/operations';
import { RingCentralTrigger } from '../../nodes/RingCentralTrigger/RingCentralTrigger.node';
import { useEmulator } from '../support/ringcentral';

describe('RingCentral triggers: descriptions, spec facts and docs', () => {
	const rc = useEmulator();

	it('are trigger nodes, never tools, with the webhook lifecycle complete', () => {
		const webhook = new RingCentralTrigger();
		const poll = new RingCentralPollTrigger();
		for (const node of [webhook, poll]) {
			expect(node.description.group).toEqual(['trigger']);
			expect(node.description.inputs).toEqual([]);
			expect(node.description.usableAsTool).toBeUndefined();
		}
		expect(Object.keys(webhook.webhookMethods.default).sort()).toEqual(['checkExists', 'create', 'delete']);
		expect(webhook.description.webhooks).toEqual([expect.objectContaining({ name: 'default', httpMethod: 'POST' })]);
		expect(poll.description.polling).toBe(true);
	});

	it('use the throttling group (and app permission) the spec gives each call', () => {
		const operations = rc.emu.spec.operations as Record<string, { throttlingGroup: string; appPermission?: string }>;
		for (const meta of [...Object.values(triggerOperations), ...Object.values(pollOperations)]) {
			const spec = operations[meta.operationId];
			// The spec names no app permission for subscriptions; RingCentral requires WebhookSubscriptions.
			const permission = spec.appPermission ?? (/Subscriptions?$/.test(meta.operationId) ? 'WebhookSubscriptions' : undefined);
			expect({ id: meta.operationId, group: meta.throttlingGroup, permission: meta.appPermission }).toEqual({ id: meta.operationId, group: spec.throttlingGroup, permission });
		}
	});

	it('recognises each event filter as RingCentral delivers it (ids resolved) and only that event', () => {
		for (const preset of EVENT_PRESETS) {
			const templates = [...(preset.filters ?? []), ...(preset.extensionFilters?.('101') ?? []), ...(preset.accountFilters ?? [])];
			for (const template of templates) {
				const delivered = template.replace('/account/~', '/account/100000001');
				const bodies = [{ eventType: 'PostAdded' }, { eventType: 'PostChanged' }, { eventType: 'Create' }, { eventType: 'Update' }, { status: 'Completed' }, { parties: [{ status: { code: 'Disconnected' } }] }];
				const matches = bodies.map((body) => classifyDelivery(delivered, body, [preset.value], [])?.value).filter(Boolean);
				expect({ template, matched: matches.length > 0 }).toEqual({ template, matched: true });
				expect(permissionForFilter(template, '')).toBe(preset.permission);
			}
		}
		expect(filterKey('/restapi/v1.0/account/1/extension/2/telephony/sessions?statusCode=Answered&direction=Inbound')).toBe(
			'/restapi/v1.0/account/~/extension/~/telephony/sessions?direction=Inbound&statusCode=Answered',
		);
	});

	it('README documents every event with a sample output', () => {
		const text = readme();
		for (const preset of EVENT_PRESETS) {
			const section = new RegExp(`#### ${preset.name.replace(/[()]/g, '\\$&')}\\n[\\s\\S]*?\`\`\`json\\n[\\s\\S]*?"event": "${preset.value}"`);
			expect({ event: preset.name, documented: section.test(text) }).toEqual({ event: preset.name, documented: true });
		}
		for (const heading of ['#### Custom Event Filters', '## RingCentral Poll Trigger']) expect(text).toContain(heading);
	});
});
