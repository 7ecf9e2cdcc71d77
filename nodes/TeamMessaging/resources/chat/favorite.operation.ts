import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { chatIdOf } from '../../common';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { chatUrl } from './common';

/** Its fields are in common.ts (chatDescription), shared with other operations. */
export const description: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const chatId = chatIdOf(this, itemIndex);
	await ringCentralJson(
		this,
		{ method: 'POST', url: `${chatUrl(this, itemIndex)}/favorite` },
		teamMessagingSpecOverrides.chat.favorite,
		itemIndex,
	);
	return { id: chatId, favorite: true };
}
