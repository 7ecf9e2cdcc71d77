import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { nothingToChange } from '../../../shared/validation';
import { itemUrl, teamIdOf } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';

import { descriptionField, publicField, teamFields } from './common';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['team'], operation: ['update'] } }, [
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				descriptionField,
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				publicField,
			],
		},
	]),
];

/** Changes only the chosen fields (PATCH). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = teamFields(
		this,
		itemIndex,
		this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject,
	);
	if (Object.keys(body).length === 0) throw nothingToChange(this.getNode(), itemIndex);
	const teamId = teamIdOf(this, itemIndex);
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'PATCH', url: itemUrl('team', teamId), body },
		teamMessagingSpecOverrides.team.update,
		itemIndex,
	);
}
