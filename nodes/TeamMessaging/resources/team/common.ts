import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import type { OperationMeta } from '../../../shared/types';
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
