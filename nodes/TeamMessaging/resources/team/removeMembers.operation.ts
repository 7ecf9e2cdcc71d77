import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { itemUrl, peopleOf, teamIdOf } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['team'], operation: ['removeMembers'] } }, [
		{
			displayName: 'Members',
			name: 'members',
			type: 'string',
			default: '',
			required: true,
			placeholder: '102, 103',
			description: "Person IDs (a user's extension ID) to remove, separated by commas",
		},
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const members = peopleOf(
		this,
		itemIndex,
		'Members',
		this.getNodeParameter('members', itemIndex, ''),
		{ emails: false },
	);
	const teamId = teamIdOf(this, itemIndex);
	await ringCentralJson(
		this,
		{ method: 'POST', url: itemUrl('team', teamId, 'remove'), body: { members } },
		teamMessagingSpecOverrides.team.removeMembers,
		itemIndex,
	);
	return { id: teamId, removed: members };
}
