import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { splitList } from '../../../shared/validation';
import { peopleOf } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { taskUrl } from './common';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['task'], operation: ['complete'] } }, [
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Assignees',
					name: 'assignees',
					type: 'string',
					default: '',
					placeholder: '101',
					description:
						'For tasks completed when all assignees complete them: the person IDs whose part is done, separated by commas',
				},
				{
					displayName: 'Mark As',
					name: 'status',
					type: 'options',
					options: [
						{ name: 'Complete', value: 'Complete' },
						{ name: 'Incomplete (Reopen)', value: 'Incomplete' },
					],
					default: 'Complete',
				},
				{
					displayName: 'Percentage Done',
					name: 'completenessPercentage',
					type: 'number',
					typeOptions: { minValue: 0, maxValue: 100 },
					default: 100,
					description: 'For tasks completed by percentage: how much is done',
				},
			],
		},
	]),
];

/** Completes (or reopens) a task and returns it as it now is (RingCentral answers the change without a body). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const url = taskUrl(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const body: IDataObject = { status: options.status ?? 'Complete' };
	if (splitList(options.assignees).length)
		body.assignees = peopleOf(this, itemIndex, 'Assignees', options.assignees, { emails: false });
	if (options.completenessPercentage !== undefined)
		body.completenessPercentage = options.completenessPercentage;
	await ringCentralJson(
		this,
		{ method: 'POST', url: `${url}/complete`, body },
		teamMessagingSpecOverrides.task.complete,
		itemIndex,
	);
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url },
		teamMessagingSpecOverrides.task.get,
		itemIndex,
	);
}
