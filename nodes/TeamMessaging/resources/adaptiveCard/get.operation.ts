import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { cardUrl } from './common';

/** Its one field, the card ID, is in common.ts (adaptiveCardDescription). */
export const description: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'GET', url: cardUrl(this, itemIndex) },
		teamMessagingSpecOverrides.adaptiveCard.get,
		itemIndex,
	);
}
