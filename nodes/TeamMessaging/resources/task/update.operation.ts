import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { nothingToChange } from '../../../shared/validation';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { taskBody, taskFields, taskUrl } from './common';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['task'], operation: ['update'] } }, [
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: taskFields(true),
		},
	]),
];

/** Changes only the chosen fields; RingCentral answers with the task in a list, one item each. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const body = taskBody(
		this,
		itemIndex,
		this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject,
	);
	if (Object.keys(body).length === 0) throw nothingToChange(this.getNode(), itemIndex);
	const answer = await ringCentralJson<{ records?: IDataObject[] }>(
		this,
		{ method: 'PATCH', url: taskUrl(this, itemIndex), body },
		teamMessagingSpecOverrides.task.update,
		itemIndex,
	);
	return answer.records ?? [];
}
