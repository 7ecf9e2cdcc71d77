import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { peopleOf } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';

/** RingCentral: a conversation has at most 15 members besides the authorized user. */
export const CONVERSATION_MAX_MEMBERS = 15;

async function create(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const members = peopleOf(
		this,
		itemIndex,
		'Members',
		this.getNodeParameter('members', itemIndex, ''),
		{ max: CONVERSATION_MAX_MEMBERS },
	);
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'POST', url: '/team-messaging/v1/conversations', body: { members } },
		teamMessagingSpecOverrides.conversation.create,
		itemIndex,
	);
}

export const handlers = { create };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['conversation'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Open a conversation with people',
				description:
					'Open (or find) the direct or group conversation with these people, to post to it by its ID',
			},
		],
		default: 'create',
	},
	...updateDisplayOptions({ show: { resource: ['conversation'], operation: ['create'] } }, [
		{
			displayName: 'Members',
			name: 'members',
			type: 'string',
			default: '',
			required: true,
			placeholder: '102, 103',
			description: `Person IDs (a user's extension ID) or email addresses, separated by commas (at most ${CONVERSATION_MAX_MEMBERS}); one person gives a direct conversation, several a group. The same people always give the same conversation.`,
		},
	]),
];
