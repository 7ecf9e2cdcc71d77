import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ID_SHAPES, invalidInput, requireId } from '../../../shared/validation';
import { itemUrl, jsonObjectOf } from '../../common';

const SAMPLE_CARD = JSON.stringify(
	{
		type: 'AdaptiveCard',
		version: '1.3',
		body: [
			{
				type: 'Container',
				items: [
					{ type: 'TextBlock', text: 'New lead', weight: 'Bolder', size: 'Medium' },
					{ type: 'FactSet', facts: [{ title: 'Name', value: 'Jane Customer' }] },
				],
			},
		],
		actions: [{ type: 'Action.OpenUrl', title: 'Open', url: 'https://example.com' }],
	},
	null,
	2,
);

/** The card's JSON, entered by Create and Update. */
export const cardField: INodeProperties = {
	displayName: 'Card',
	name: 'card',
	type: 'json',
	default: SAMPLE_CARD,
	required: true,
	description:
		'The Adaptive Card as JSON (design it at adaptivecards.io/designer); "type" and "version" are filled in when missing',
};

/** The card, shared by every operation on one card. */
export const adaptiveCardDescription: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: ['adaptiveCard'], operation: ['get', 'update', 'delete'] } },
		[
			{
				displayName: 'Card ID',
				name: 'cardId',
				type: 'string',
				default: '',
				required: true,
				placeholder: '1447723526',
				description: 'ID of the card, as returned by Adaptive Card → Create',
			},
		],
	),
];

/** The card as RingCentral takes it: a JSON object with `type` and `version` (filled in when missing). */
export function cardOf(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const card = jsonObjectOf(ctx, itemIndex, 'Card', ctx.getNodeParameter('card', itemIndex, ''));
	if (card.type !== undefined && card.type !== 'AdaptiveCard') {
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			'Card',
			`"type" is "${String(card.type)}"`,
			'An Adaptive Card has "type": "AdaptiveCard".',
		);
	}
	if (!Array.isArray(card.body) && !Array.isArray(card.actions)) {
		throw invalidInput(
			ctx.getNode(),
			itemIndex,
			'Card',
			'the card has neither "body" nor "actions"',
			'Add the card\'s elements in "body" (e.g. a TextBlock) or buttons in "actions".',
		);
	}
	return { ...card, type: 'AdaptiveCard', version: card.version ?? '1.3' };
}

export const cardUrl = (ctx: IExecuteFunctions, itemIndex: number) => {
	const cardId = requireId(
		ctx.getNode(),
		itemIndex,
		'Card ID',
		ctx.getNodeParameter('cardId', itemIndex, ''),
		ID_SHAPES.token,
		'Use the "id" that Adaptive Card → Create returned.',
	);
	return itemUrl('adaptiveCard', cardId);
};
