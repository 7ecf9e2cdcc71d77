import { docText } from '../support/docs';
import { RingCentralPollTrigger } from '../../nodes/RingCentralPollTrigger/RingCentralPollTrigger.node';
import {
	classifyDelivery,
	EVENT_PRESETS,
	filterKey,
	permissionForFilter,
} from '../../nodes/RingCentralTrigger/events';
import { RingCentralTrigger } from '../../nodes/RingCentralTrigger/RingCentralTrigger.node';

describe('RingCentral triggers: descriptions and docs', () => {
	it('are trigger nodes, never tools, with the webhook lifecycle complete', () => {
		const webhook = new RingCentralTrigger();
		const poll = new RingCentralPollTrigger();
		for (const node of [webhook, poll]) {
			expect(node.description.group).toEqual(['trigger']);
			expect(node.description.inputs).toEqual([]);
			expect(node.description.usableAsTool).toBeUndefined();
		}
		expect(Object.keys(webhook.webhookMethods.default).sort()).toEqual([
			'checkExists',
			'create',
			'delete',
		]);
		expect(webhook.description.webhooks).toEqual([
			expect.objectContaining({ name: 'default', httpMethod: 'POST' }),
		]);
		expect(poll.description.polling).toBe(true);
	});

	it('recognises each event filter as RingCentral delivers it (ids resolved) and only that event', () => {
		for (const preset of EVENT_PRESETS) {
			const templates = [
				...(preset.filters ?? []),
				...(preset.extensionFilters?.('101') ?? []),
				...(preset.accountFilters ?? []),
				...(preset.webinarFilters ?? []),
			];
			for (const template of templates) {
				const delivered = template.replace(/\/accounts?\/~/, (m) => m.replace('~', '100000001'));
				const bodies = [
					{ eventType: 'PostAdded' },
					{ eventType: 'PostChanged' },
					{ eventType: 'Create' },
					{ eventType: 'Update' },
					{ status: 'Completed' },
					{ status: 'Active' },
					{ status: 'Finished' },
					{ parties: [{ status: { code: 'Disconnected' } }] },
				];
				const matches = bodies
					.map((body) => classifyDelivery(delivered, body, [preset.value], [])[0]?.value)
					.filter(Boolean);
				expect({ template, matched: matches.length > 0 }).toEqual({ template, matched: true });
				expect(permissionForFilter(template, '')).toBe(preset.permission);
			}
		}
		expect(
			filterKey(
				'/restapi/v1.0/account/1/extension/2/telephony/sessions?statusCode=Answered&direction=Inbound',
			),
		).toBe(
			'/restapi/v1.0/account/~/extension/~/telephony/sessions?direction=Inbound&statusCode=Answered',
		);
	});

	it('docs/triggers.md shows every event with a sample output, and the README links each', () => {
		const catalogue = docText('docs/triggers.md');
		const readme = docText('README.md');
		for (const preset of EVENT_PRESETS) {
			const section = new RegExp(
				`\\n## ${preset.name.replace(/[()]/g, '\\$&')}\\n[\\s\\S]*?\`\`\`json\\n[\\s\\S]*?"event": "${preset.value}"`,
			);
			expect({ event: preset.name, documented: section.test(catalogue) }).toEqual({
				event: preset.name,
				documented: true,
			});
			expect(readme).toContain(`[${preset.name}](docs/triggers.md#`);
		}
		expect(catalogue).toContain('\n## Custom Event Filters\n');
		expect(readme).toContain('## RingCentral Poll Trigger');
	});
});
