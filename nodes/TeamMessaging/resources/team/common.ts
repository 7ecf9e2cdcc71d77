import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import type { OperationMeta } from '../../../shared/types';
import { requireText } from '../../../shared/validation';
import { itemUrl, teamIdOf, teamLocator } from '../../common';

/** The actions without an answer body (204): the output says what happened to which team. */
export function action(path: string, meta: OperationMeta, result: IDataObject) {
	return async function (this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
		const teamId = teamIdOf(this, itemIndex);
		await ringCentralJson(
			this,
			{ method: 'POST', url: itemUrl('team', teamId, path) },
			meta,
			itemIndex,
		);
		return { id: teamId, ...result };
	};
}

/** The team, shared by every operation on one team. */
export const teamDescription: INodeProperties[] = [
	...updateDisplayOptions(
		{
			show: {
				resource: ['team'],
				operation: [
					'get',
					'update',
					'delete',
					'join',
					'leave',
					'addMembers',
					'removeMembers',
					'archive',
					'unarchive',
				],
			},
		},
		[teamLocator()],
	),
];

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
