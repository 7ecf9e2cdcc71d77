// @ts-check
'use strict';
/**
 * RingSense call insights: `getRecordingInsights` answers the insights of a recording once they are
 * ready (`emu.addCallInsights`, which also sends the "insights ready" event); before that, 404.
 */
const { ApiError, list } = require('../core/http');

/** @param {any} state @returns {Record<string, any>} insights by `<domain>/<sourceRecordId>` */
function insightsOf(state) {
	if (!state.ringSenseInsights) state.ringSenseInsights = {};
	return state.ringSenseInsights;
}

/** @type {Record<string, import('./index').Handler>} */
const handlers = {
	getRecordingInsights: (ctx) => {
		const record = insightsOf(ctx.state)[`${ctx.params.domain}/${ctx.params.sourceRecordId}`];
		if (!record)
			throw new ApiError(404, 'CMN-102', 'Resource for parameter [sourceRecordId] is not found', {
				parameterName: 'sourceRecordId',
				parameterValue: ctx.params.sourceRecordId,
			});
		const types = list(ctx.query.insightTypes).flatMap((t) => t.split(','));
		if (!types.length) return { body: record };
		/** @type {Record<string, any>} */
		const insights = {};
		for (const type of types)
			if (record.insights[type] !== undefined) insights[type] = record.insights[type];
		return { body: { ...record, insights } };
	},
};

module.exports = { handlers, insightsOf };
