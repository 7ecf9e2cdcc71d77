import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fetchRecords } from '../../../shared/paging';
import { chatLocator, itemUrl, optionalChatIdOf } from '../../common';
import { teamMessagingLookups, teamMessagingSpecOverrides } from '../../specOverrides';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['webhook'], operation: ['getAll'] } }, [
		chatLocator({
			displayName: 'Chat (Optional)',
			required: false,
			description: 'Only the webhooks of this chat; leave empty for all of yours',
		}),
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const chatId = optionalChatIdOf(this, itemIndex);
	const [url, meta] = chatId
		? [itemUrl('group', chatId, 'webhooks'), teamMessagingLookups.webhook.getAllInChat]
		: ['/team-messaging/v1/webhooks', teamMessagingSpecOverrides.webhook.getAll];
	return await fetchRecords(this, { method: 'GET', url }, meta, undefined, itemIndex);
}
