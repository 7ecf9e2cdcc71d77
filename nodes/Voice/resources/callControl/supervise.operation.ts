import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { extensionIdOf, extensionLocator } from '../../../shared/extensions';
import { ringCentralJson } from '../../../shared/transport';
import { ID_SHAPES, optionalId } from '../../../shared/validation';
import { voiceAccountSpecOverrides, voiceSpecOverrides } from '../../specOverrides';
import { deviceIdOf, deviceLocator, sessionIdOf, sessionIdProperty, sessionUrl } from './common';

const properties: INodeProperties[] = [
	sessionIdProperty,
	extensionLocator({
		displayName: 'Agent',
		name: 'agent',
		required: true,
		description: 'The agent (user) whose call to listen to',
	}),
	deviceLocator(
		'device',
		'Supervisor Device',
		'Which of your phones receives the call audio',
		true,
	),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Agent Party ID',
				name: 'agentPartyId',
				type: 'string',
				default: '',
				description: "The agent's party in the call, when the agent has several",
			},
			{
				displayName: 'Audio',
				name: 'mediaSDP',
				type: 'options',
				options: [
					{ name: 'Listen Only', value: 'sendOnly' },
					{ name: 'Listen and Talk', value: 'sendRecv' },
				],
				default: 'sendOnly',
				description: 'Whether you only listen, or can also be heard',
			},
			{
				displayName: 'Auto Answer',
				name: 'autoAnswer',
				type: 'boolean',
				default: true,
				description: 'Whether your phone answers the supervision call by itself',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['callControl'], operation: ['supervise'] } },
	properties,
);

/** Listens in on an agent's call (call monitoring); the output is the supervisor's new party. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const sessionId = sessionIdOf(this, itemIndex);
	const supervisorDeviceId = deviceIdOf(
		this,
		itemIndex,
		'device',
		'Supervisor Device',
		true,
	) as string;
	const options = this.getNodeParameter('options', itemIndex, {}) as {
		agentPartyId?: string;
		autoAnswer?: boolean;
		mediaSDP?: string;
	};
	const agentPartyId = optionalId(
		this.getNode(),
		itemIndex,
		'Agent Party ID',
		options.agentPartyId,
		ID_SHAPES.telephony,
		'Map the "partyId" of the agent\'s active call, or leave it empty.',
	);
	const agent = await extensionIdOf(this, 'agent', itemIndex, { field: 'Agent', required: true });
	const body = {
		mode: 'Listen',
		supervisorDeviceId,
		agentExtensionId: agent,
		autoAnswer: options.autoAnswer ?? true,
		...(options.mediaSDP ? { mediaSDP: options.mediaSDP } : {}),
	};
	return await ringCentralJson<IDataObject>(
		this,
		{
			method: 'POST',
			url: agentPartyId
				? `${sessionUrl(sessionId)}/parties/${encodeURIComponent(agentPartyId)}/supervise`
				: `${sessionUrl(sessionId)}/supervise`,
			body,
		},
		agentPartyId
			? voiceAccountSpecOverrides.callControl.supervise
			: voiceSpecOverrides.callControl.supervise,
		itemIndex,
	);
}
