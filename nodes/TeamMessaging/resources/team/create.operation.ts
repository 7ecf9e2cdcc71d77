import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { peopleOf } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { descriptionField, publicField, teamFields } from './common';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['team'], operation: ['create'] } }, [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'Customer Success',
		},
		{
			displayName: 'Members',
			name: 'members',
			type: 'string',
			default: '',
			placeholder: '102, partner@example.com',
			description:
				"Person IDs (a user's extension ID) or email addresses of the members, separated by commas; you are a member anyway. Email addresses outside the company are invited as guests.",
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [descriptionField, publicField],
		},
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const membersText = this.getNodeParameter('members', itemIndex, '');
	const body: IDataObject = {
		...teamFields(this, itemIndex, {
			...options,
			name: this.getNodeParameter('name', itemIndex, ''),
		}),
		...(String(membersText ?? '').trim()
			? { members: peopleOf(this, itemIndex, 'Members', membersText) }
			: {}),
	};
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'POST', url: '/team-messaging/v1/teams', body },
		teamMessagingSpecOverrides.team.create,
		itemIndex,
	);
}
