import type { JsonSchema } from '../../nodes/shared/schemaValidation';
import { validateJson } from '../../nodes/shared/schemaValidation';

const subscription: JsonSchema = {
	type: 'object',
	required: ['eventFilters', 'deliveryMode'],
	properties: {
		eventFilters: { type: 'array', minItems: 1, items: { type: 'string' } },
		expiresIn: { type: 'integer', minimum: 1, maximum: 315360000 },
		deliveryMode: {
			type: 'object',
			required: ['transportType'],
			properties: {
				transportType: { type: 'string', enum: ['WebHook', 'RC/APNS'] },
				address: { type: 'string', maxLength: 10 },
			},
		},
		note: { type: 'string', nullable: true },
	},
};

describe('validateJson: the JSON-schema subset of generated request bodies', () => {
	it.each([
		['a valid body', { eventFilters: ['/a'], deliveryMode: { transportType: 'WebHook' } }, []],
		[
			'null where nullable',
			{ eventFilters: ['/a'], deliveryMode: { transportType: 'WebHook' }, note: null },
			[],
		],
		[
			'missing required fields',
			{},
			['body.eventFilters: is required', 'body.deliveryMode: is required'],
		],
		[
			'a nested required field',
			{ eventFilters: ['/a'], deliveryMode: {} },
			['body.deliveryMode.transportType: is required'],
		],
		[
			'a wrong type in an array',
			{ eventFilters: [7], deliveryMode: { transportType: 'WebHook' } },
			['body.eventFilters[0]: must be a string, not integer 7'],
		],
		[
			'an enum miss',
			{ eventFilters: ['/a'], deliveryMode: { transportType: 'Email' } },
			['body.deliveryMode.transportType: must be one of "WebHook", "RC/APNS", not "Email"'],
		],
		[
			'a fraction for an integer',
			{ eventFilters: ['/a'], deliveryMode: { transportType: 'WebHook' }, expiresIn: 1.5 },
			['body.expiresIn: must be a whole number, not number 1.5'],
		],
		[
			'a range',
			{ eventFilters: ['/a'], deliveryMode: { transportType: 'WebHook' }, expiresIn: 0 },
			['body.expiresIn: must be at least 1, not 0'],
		],
		[
			'lengths and counts',
			{
				eventFilters: [],
				deliveryMode: { transportType: 'WebHook', address: 'https://example.com' },
			},
			[
				'body.eventFilters: must have at least 1 entries',
				'body.deliveryMode.address: must have at most 10 characters, has 19',
			],
		],
		['not an object', [], ['body: must be an object, not array []']],
		['null where not nullable', null, ['body: must be an object, not null']],
	])('%s', (_case, value, problems) => {
		expect(validateJson(subscription, value)).toEqual(problems);
	});

	it('accepts any alternative of oneOf/anyOf and explains the closest miss', () => {
		const target: JsonSchema = {
			type: 'object',
			anyOf: [
				{
					type: 'object',
					required: ['phoneNumber'],
					properties: { phoneNumber: { type: 'string' } },
				},
				{
					type: 'object',
					required: ['extensionId', 'voicemail'],
					properties: { extensionId: { type: 'string' } },
				},
			],
		};
		expect(validateJson(target, { phoneNumber: '+16505550100' })).toEqual([]);
		expect(validateJson(target, { extensionId: '101', voicemail: '1' })).toEqual([]);
		expect(validateJson(target, {})).toEqual(['body.phoneNumber: is required']);
		expect(validateJson(target, 'x')).toEqual(['body: must be an object, not string "x"']);
	});

	it('accepts integers for number and unknown fields, and stops at a maximum of problems', () => {
		expect(validateJson({ type: 'number' }, 3)).toEqual([]);
		expect(validateJson({ type: 'object', properties: {} }, { anything: 1 })).toEqual([]);
		const many: JsonSchema = { type: 'array', items: { type: 'string' } };
		expect(
			validateJson(
				many,
				Array.from({ length: 50 }, () => 1),
				'body',
				3,
			),
		).toHaveLength(3);
	});
});
