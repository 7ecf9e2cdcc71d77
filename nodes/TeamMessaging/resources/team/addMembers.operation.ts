import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { itemUrl, peopleOf, teamIdOf } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['team'], operation: ['addMembers'] } }, [
		{
			displayName: 'Members',
			name: 'members',
			type: 'string',
			default: '',
			required: true,
			placeholder: '102, partner@example.com',
			description:
				"Person IDs (a user's extension ID) or email addresses to add, separated by commas; email addresses outside the company are invited as guests",
		},
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const members = peopleOf(
		this,
		itemIndex,
		'Members',
		this.getNodeParameter('members', itemIndex, ''),
	);
	const teamId = teamIdOf(this, itemIndex);
	await ringCentralJson(
		this,
		{ method: 'POST', url: itemUrl('team', teamId, 'add'), body: { members } },
		teamMessagingSpecOverrides.team.addMembers,
		itemIndex,
	);
	return { id: teamId, added: members };
}
