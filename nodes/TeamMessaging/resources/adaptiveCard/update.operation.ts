import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ringCentralJson } from '../../../shared/transport';
import { teamMessagingSpecOverrides } from '../../specOverrides';
import { cardField, cardOf, cardUrl } from './common';

/** The new card; the card ID is in common.ts (adaptiveCardDescription). */
export const description: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['adaptiveCard'], operation: ['update'] } }, [
		cardField,
	]),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = cardOf(this, itemIndex);
	return await ringCentralJson<IDataObject>(
		this,
		{ method: 'PUT', url: cardUrl(this, itemIndex), body },
		teamMessagingSpecOverrides.adaptiveCard.update,
		itemIndex,
	);
}
