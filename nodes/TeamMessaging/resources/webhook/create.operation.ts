import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { chatIdOf, chatLocator, itemUrl } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['webhook'], operation: ['create'] } }, [
		chatLocator({ description: 'The chat the webhook posts to' }),
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const chatId = chatIdOf(this, itemIndex);
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'POST', url: itemUrl('group', chatId, 'webhooks') },
		teamMessagingSpecOverrides.webhook.create,
		itemIndex,
	);
}
