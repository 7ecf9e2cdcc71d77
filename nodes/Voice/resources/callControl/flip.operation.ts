import { ID_SHAPES, requireId } from '../../../shared/validation';
import { partyAction } from './common';

/** Moves an answered call to another of the user's phones (call flip), e.g. from the desk phone to the mobile. */
export const { description, execute } = partyAction('flip', {
	path: 'flip',
	fields: [
		{
			displayName: 'Flip To',
			name: 'flipTo',
			type: 'resourceLocator',
			default: { mode: 'list', value: '' },
			required: true,
			description: 'Which of your call flip numbers (set up in RingCentral) takes the call',
			modes: [
				{
					displayName: 'From List',
					name: 'list',
					type: 'list',
					placeholder: 'Select a call flip number...',
					typeOptions: { searchListMethod: 'searchFlipNumbers', searchable: true },
				},
				{
					displayName: 'By Flip Number',
					name: 'id',
					type: 'string',
					placeholder: '1',
					validation: [
						{
							type: 'regex',
							properties: {
								regex: '^[0-9]{1,3}$',
								errorMessage: 'A call flip number is a short number, e.g. 1',
							},
						},
					],
				},
			],
		},
	],
	body: (ctx, itemIndex) => {
		const callFlipId = requireId(
			ctx.getNode(),
			itemIndex,
			'Flip To',
			ctx.getNodeParameter('flipTo', itemIndex, '', { extractValue: true }),
			ID_SHAPES.callFlip,
			'Pick a call flip number from the list, e.g. 1 for your mobile.',
		);
		return { callFlipId };
	},
});
