import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { requireText } from '../../../shared/validation';
import { peopleOf } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';

/** RingCentral's limits: team names up to 250 characters, descriptions up to 1000. */
export const TEAM_LIMITS = { name: 250, description: 1000 };

export const publicField: INodeProperties = {
	displayName: 'Public',
	name: 'public',
	type: 'boolean',
	default: false,
	description:
		'Whether everyone in the company can find and join the team (otherwise members are invited)',
};
export const descriptionField: INodeProperties = {
	displayName: 'Description',
	name: 'description',
	type: 'string',
	typeOptions: { rows: 2 },
	default: '',
	description: 'What the team is about',
};

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

export function teamFields(
	ctx: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
): IDataObject {
	return {
		...(fields.name !== undefined
			? { name: requireText(ctx.getNode(), itemIndex, 'Name', fields.name, TEAM_LIMITS.name) }
			: {}),
		...(fields.description !== undefined && fields.description !== ''
			? {
					description: requireText(
						ctx.getNode(),
						itemIndex,
						'Description',
						fields.description,
						TEAM_LIMITS.description,
					),
				}
			: {}),
		...(fields.public !== undefined ? { public: fields.public } : {}),
	};
}

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
