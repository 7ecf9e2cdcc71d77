import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { peopleOf } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';

/** RingCentral: a conversation has at most 15 members besides the authorized user. */
const CONVERSATION_MAX_MEMBERS = 15;

export const description: INodeProperties[] = [
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

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
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
