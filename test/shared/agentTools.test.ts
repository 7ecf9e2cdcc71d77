/**
 * Nodes used as AI agent tools. n8n wraps each node as `<node>Tool` with one resource and operation
 * chosen in the workflow; with the tool description "Set Automatically" (the default) the model reads
 * only "<operation's action> in <node>" and the `$fromAI()` keys (test/e2e/scenarios/agent.js sees
 * this in a real n8n). The operation's description is for people in the editor and for n8n's AI
 * workflow builder: every operation has one, and hand-written ones say more than their name.
 */
import type { INode, INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { accountAlsoCalls, accountSpecOverrides } from '../../nodes/Account/specOverrides';
import { RingCentralAccount } from '../../nodes/Account/RingCentralAccount.node';
import { addressBookSpecOverrides } from '../../nodes/AddressBook/specOverrides';
import { RingCentralAddressBook } from '../../nodes/AddressBook/RingCentralAddressBook.node';
import { RingCentralAi } from '../../nodes/Ai/RingCentralAi.node';
import { RingCentralAnalytics } from '../../nodes/Analytics/RingCentralAnalytics.node';
import { messagingSpecOverrides } from '../../nodes/Messaging/specOverrides';
import { RingCentralMessaging } from '../../nodes/Messaging/RingCentralMessaging.node';
import { RingCentralTeamMessaging } from '../../nodes/TeamMessaging/RingCentralTeamMessaging.node';
import { RingCentralVideo } from '../../nodes/Video/RingCentralVideo.node';
import { RingCentralProvisioning } from '../../nodes/Provisioning/RingCentralProvisioning.node';
import { RingCentralRolesAndPermissions } from '../../nodes/RolesAndPermissions/RingCentralRolesAndPermissions.node';
import { RingCentralSubscriptions } from '../../nodes/Subscriptions/RingCentralSubscriptions.node';
import { RingCentralUtilities } from '../../nodes/Utilities/RingCentralUtilities.node';
import { voiceSpecOverrides } from '../../nodes/Voice/specOverrides';
import { RingCentralVoice } from '../../nodes/Voice/RingCentralVoice.node';
import { RingCentralWebinar } from '../../nodes/Webinar/RingCentralWebinar.node';
import type { OperationMetaTable } from '../../nodes/shared/routing';

/** Words that add nothing to an operation's name. */
const FILLER = new Set([
	'a',
	'an',
	'the',
	'of',
	'by',
	'its',
	'one',
	'get',
	'list',
	'many',
	'create',
	'update',
	'delete',
]);
const words = (text: string) =>
	text
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((word) => word && !FILLER.has(word))
		.map((word) => word.replace(/s$/, ''));

function operationsOf(
	nodeType: INodeType,
): Array<{ resource: string; option: INodePropertyOptions }> {
	return (nodeType.description.properties as INodeProperties[])
		.filter((p) => p.name === 'operation')
		.flatMap((p) =>
			(p.options as INodePropertyOptions[]).map((option) => ({
				resource: String(p.displayOptions?.show?.resource?.[0]),
				option,
			})),
		);
}

const NODES: Array<[INodeType, OperationMetaTable[]]> = [
	[new RingCentralAccount(), [accountSpecOverrides, accountAlsoCalls]],
	[new RingCentralAddressBook(), [addressBookSpecOverrides]],
	[new RingCentralMessaging(), [messagingSpecOverrides]],
	[new RingCentralAi(), []],
	[new RingCentralAnalytics(), []],
	[new RingCentralProvisioning(), []],
	[new RingCentralRolesAndPermissions(), []],
	[new RingCentralSubscriptions(), []],
	[new RingCentralUtilities(), []],
	[new RingCentralVoice(), [voiceSpecOverrides]],
	[new RingCentralWebinar(), []],
];

describe('operations an AI agent can choose from', () => {
	it.each(
		NODES.map(
			([nodeType, tables]) => [nodeType.description.displayName, nodeType, tables] as const,
		),
	)(
		'%s: usable as a tool, every operation with an action and a description',
		(_name, nodeType, tables) => {
			expect(nodeType.description.usableAsTool).toBe(true);
			expect(nodeType.description.description.length).toBeGreaterThan(30);
			const handWritten = new Set(
				tables.flatMap((table) =>
					Object.entries(table).flatMap(([resource, ops]) =>
						Object.keys(ops).map((op) => `${resource}.${op}`),
					),
				),
			);
			for (const { resource, option } of operationsOf(nodeType)) {
				const id = `${resource}.${String(option.value)}`;
				expect({
					id,
					action: Boolean(option.action),
					description: Boolean(option.description),
				}).toEqual({ id, action: true, description: true });
				if (!handWritten.has(id)) continue;
				// Hand-written: the description tells more than the operation's name and resource.
				const known = new Set([...words(option.name), ...words(resource)]);
				const extra = words(String(option.description)).filter((word) => !known.has(word));
				expect({ id, saysMore: extra.length >= 3 }).toEqual({ id, saysMore: true });
			}
		},
	);

	it('the Address Book and Account node descriptions name what they do', () => {
		expect(new RingCentralAddressBook().description.description).toMatch(
			/contacts.*company directory/,
		);
		expect(new RingCentralAccount().description.description).toMatch(
			/extensions.*phone numbers.*presence/,
		);
	});

	// What the model reads for the operations of the examples and README, as n8n builds it.
	const toolDescription = (nodeType: INodeType, resource: string, operation: string) =>
		NodeHelpers.getToolDescriptionForNode(
			{ parameters: { descriptionType: 'auto', resource, operation } } as unknown as INode,
			nodeType,
		);
	const messaging = new RingCentralMessaging();
	const voice = new RingCentralVoice();
	const HOT_PATH: Array<[INodeType, string, string, string]> = [
		[messaging, 'sms', 'send', 'Send an SMS in RingCentral Messaging'],
		[messaging, 'message', 'getAll', 'Get many messages in RingCentral Messaging'],
		[messaging, 'message', 'delete', 'Delete a message in RingCentral Messaging'],
		[voice, 'callLog', 'getAll', 'Get many call log records in RingCentral Voice'],
		[voice, 'ringOut', 'start', 'Start a ringout call in RingCentral Voice'],
		[voice, 'callControl', 'callOut', 'Place a call from one of your devices in RingCentral Voice'],
		[
			new RingCentralTeamMessaging(),
			'post',
			'create',
			'Post a message to a chat in RingCentral Team Messaging',
		],
		[new RingCentralVideo(), 'meeting', 'create', 'Create a meeting in RingCentral Video'],
	];

	it.each(
		HOT_PATH.map(
			([nodeType, resource, operation, expected]) =>
				[`${resource}.${operation}`, nodeType, resource, operation, expected] as const,
		),
	)(
		'%s: the model reads a short, specific tool description',
		(_id, nodeType, resource, operation, expected) => {
			expect(toolDescription(nodeType, resource, operation)).toBe(expected);
		},
	);

	it('hot-path writes say in their description that they write', () => {
		const writes: Array<[INodeType, string, string]> = [
			[messaging, 'sms', 'send'],
			[messaging, 'mms', 'send'],
			[messaging, 'fax', 'send'],
			[messaging, 'fax', 'resend'],
			[messaging, 'pager', 'send'],
			[messaging, 'message', 'delete'],
			[messaging, 'message', 'update'],
			[voice, 'ringOut', 'start'],
			[voice, 'ringOut', 'cancel'],
			[voice, 'callControl', 'callOut'],
			[voice, 'callControl', 'drop'],
			[new RingCentralTeamMessaging(), 'post', 'create'],
			[new RingCentralVideo(), 'meeting', 'create'],
		];
		for (const [nodeType, resource, operation] of writes) {
			const option = operationsOf(nodeType).find(
				(o) => o.resource === resource && o.option.value === operation,
			)?.option;
			const description = String(option?.description);
			expect({
				id: `${resource}.${operation}`,
				description,
				saysItWrites: /^(Sends|Moves|Changes|Places|Hangs up|Posts|Creates)\b/.test(description),
			}).toEqual({
				id: `${resource}.${operation}`,
				description,
				saysItWrites: true,
			});
		}
	});
});
