import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { chatIdOf, chatLocator, itemUrl } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { cardField, cardOf } from './common';

export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['adaptiveCard'], operation: ['create'] } }, [
		chatLocator(),
		cardField,
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const chatId = chatIdOf(this, itemIndex);
	const body = cardOf(this, itemIndex);
	return await ringCentralJson<IDataObject>(
		this,
		{
			method: 'POST',
			url: itemUrl('chat', chatId, 'adaptive-cards'),
			body,
		},
		teamMessagingSpecOverrides.adaptiveCard.create,
		itemIndex,
	);
}
