import { requireText } from '../../../shared/validation';
import { partyAction } from './common';

const REPLY_MAX_LENGTH = 200;

/** Answers a ringing call with a text-to-speech message to the caller, who is then sent on (e.g. to voicemail). */
export const { description, execute } = partyAction('reply', {
	path: 'reply',
	fields: [
		{
			displayName: 'Reply With',
			name: 'replyType',
			type: 'options',
			options: [
				{ name: 'Custom Text', value: 'text', description: 'Your own words, read to the caller' },
				{
					name: 'Predefined Message',
					value: 'pattern',
					description: 'One of RingCentral\'s messages, e.g. "I will call you back in 5 minutes"',
				},
			],
			default: 'text',
		},
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'I am in a meeting, I will call you back.',
			description: 'What the caller hears',
			displayOptions: { show: { replyType: ['text'] } },
		},
		{
			displayName: 'Message',
			name: 'pattern',
			type: 'options',
			options: [
				{ name: 'Call Me Back (in ...)', value: 'CallMeBack' },
				{ name: 'Call Me Back Later', value: 'CallMeBackLater' },
				{ name: 'In a Meeting', value: 'InAMeeting' },
				{ name: 'On My Way', value: 'OnMyWay' },
				{ name: 'On the Other Line', value: 'OnTheOtherLine' },
				{ name: 'On the Other Line, No Call', value: 'OnTheOtherLineNoCall' },
				{ name: 'Will Call You Back (in ...)', value: 'WillCallYouBack' },
				{ name: 'Will Call You Back Later', value: 'WillCallYouBackLater' },
			],
			default: 'WillCallYouBack',
			displayOptions: { show: { replyType: ['pattern'] } },
		},
		{
			displayName: 'In',
			name: 'time',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 5,
			displayOptions: {
				show: { replyType: ['pattern'], pattern: ['WillCallYouBack', 'CallMeBack'] },
			},
		},
		{
			displayName: 'Unit',
			name: 'timeUnit',
			type: 'options',
			options: [
				{ name: 'Day', value: 'Day' },
				{ name: 'Hour', value: 'Hour' },
				{ name: 'Minute', value: 'Minute' },
			],
			default: 'Minute',
			displayOptions: {
				show: { replyType: ['pattern'], pattern: ['WillCallYouBack', 'CallMeBack'] },
			},
		},
	],
	body: (ctx, itemIndex) => {
		if (ctx.getNodeParameter('replyType', itemIndex, 'text') === 'pattern') {
			const pattern = ctx.getNodeParameter('pattern', itemIndex) as string;
			const timed = ['WillCallYouBack', 'CallMeBack'].includes(pattern);
			return {
				replyWithPattern: {
					pattern,
					...(timed
						? {
								time: ctx.getNodeParameter('time', itemIndex, 5) as number,
								timeUnit: ctx.getNodeParameter('timeUnit', itemIndex, 'Minute') as string,
							}
						: {}),
				},
			};
		}
		const text = requireText(
			ctx.getNode(),
			itemIndex,
			'Text',
			ctx.getNodeParameter('text', itemIndex, ''),
			REPLY_MAX_LENGTH,
		);
		return { replyWithText: text };
	},
});
