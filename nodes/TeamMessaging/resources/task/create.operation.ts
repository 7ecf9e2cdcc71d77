import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { chatIdOf, chatLocator, itemUrl } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { taskBody, taskFields } from './common';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['task'], operation: ['create'] } }, [
		chatLocator({ description: 'The chat the task is posted to' }),
		{
			displayName: 'Subject',
			name: 'subject',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'Send the contract to Acme',
		},
		{
			displayName: 'Assignees',
			name: 'assignees',
			type: 'string',
			default: '',
			placeholder: '101, 102',
			description:
				"Person IDs (a user's extension ID) of the assignees, separated by commas; empty for an unassigned task",
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: taskFields(false),
		},
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const chatId = chatIdOf(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const body = taskBody(this, itemIndex, {
		...options,
		subject: this.getNodeParameter('subject', itemIndex, ''),
		assignees: this.getNodeParameter('assignees', itemIndex, ''),
	});
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'POST', url: itemUrl('chat', chatId, 'tasks'), body },
		teamMessagingSpecOverrides.task.create,
		itemIndex,
	);
}
