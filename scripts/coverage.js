// @ts-check
'use strict';
/**
 * `npm run coverage`: per API area, how many of the spec's operations the nodes cover, and where each
 * of the 326 endpoints of the seed index (docs/seeds/ringcentral-api-index.txt, RingCentral's 2022
 * API reference index) lives today. Prints a summary and writes docs/coverage.md.
 */
const fs = require('fs');
const path = require('path');

const { loadSpec } = require('./lib/spec');
const { loadNodes, ROOT } = require('./lib/nodes');
const { AREAS, EXCLUDED_AREAS } = require('./config');

const SEED_FILE = path.join(ROOT, 'docs', 'seeds', 'ringcentral-api-index.txt');
const OUT_FILE = path.join(ROOT, 'docs', 'coverage.md');

/**
 * Endpoints of the seed index that are not in today's spec: their successor (`to`: method and path in
 * the spec) or why there is none. Generic moves are rules below: `/restapi/v1.0/glip/*` →
 * `/team-messaging/v1/*`, `/scim/*` → `/scim/v2/*`, `/ringout` → `/ring-out`.
 * @type {Record<string, { to?: string, note: string }>}
 */
const SUCCESSORS = {
	'GET /restapi/v1.0/status': {
		to: 'GET /restapi',
		note: 'Service status was removed; API versions and server info remain',
	},
	'GET /restapi/v1.0/glip/groups': {
		to: 'GET /team-messaging/v1/chats',
		note: 'Glip groups are Team Messaging chats',
	},
	'POST /restapi/v1.0/glip/groups': {
		to: 'POST /team-messaging/v1/conversations',
		note: 'Creating a group became creating (opening) a conversation',
	},
	'GET /restapi/v1.0/glip/groups/{groupId}': {
		to: 'GET /team-messaging/v1/chats/{chatId}',
		note: 'Glip groups are Team Messaging chats',
	},
	'POST /restapi/v1.0/glip/groups/{groupId}/bulk-assign': {
		to: 'POST /team-messaging/v1/teams/{chatId}/add',
		note: 'Adding members (removing: Remove Team Members)',
	},
	'GET /restapi/v1.0/glip/groups/{groupId}/posts': {
		to: 'GET /team-messaging/v1/chats/{chatId}/posts',
		note: 'Posts of a group are posts of its chat',
	},
	'POST /restapi/v1.0/glip/groups/{groupId}/posts': {
		to: 'POST /team-messaging/v1/chats/{chatId}/posts',
		note: 'Posts of a group are posts of its chat',
	},
	'PUT /restapi/v1.0/glip/groups/{groupId}/posts/{postId}/text': {
		to: 'PATCH /team-messaging/v1/chats/{chatId}/posts/{postId}',
		note: "Editing a post's text is Update Post",
	},
	'POST /restapi/v1.0/glip/posts': {
		to: 'POST /team-messaging/v1/chats/{chatId}/posts',
		note: 'Posts are created in a chat',
	},
	'GET /restapi/v1.0/glip/posts': {
		note: 'Listing posts across all chats was removed; list posts per chat instead',
	},
	'POST /restapi/v1.0/glip/cards': {
		to: 'POST /team-messaging/v1/chats/{chatId}/adaptive-cards',
		note: 'Message cards became adaptive cards',
	},
	'GET /restapi/v1.0/glip/cards/{cardId}': {
		to: 'GET /team-messaging/v1/adaptive-cards/{cardId}',
		note: 'Message cards became adaptive cards',
	},
	'PUT /restapi/v1.0/glip/cards/{cardId}': {
		to: 'PUT /team-messaging/v1/adaptive-cards/{cardId}',
		note: 'Message cards became adaptive cards',
	},
	'DELETE /restapi/v1.0/glip/cards/{cardId}': {
		to: 'DELETE /team-messaging/v1/adaptive-cards/{cardId}',
		note: 'Message cards became adaptive cards',
	},
	'POST /restapi/v1.0/glip/chats/{chatId}/read': {
		note: 'Marking a chat read was removed from the public API',
	},
	'POST /restapi/v1.0/glip/chats/{chatId}/unread': {
		note: 'Marking a chat unread was removed from the public API',
	},
	'GET /restapi/v1.0/glip/preferences': {
		note: 'Glip preferences were removed from the public API',
	},
	'GET /restapi/v1.0/glip/data-export/{taskId}/datasets/{datasetId}': {
		to: 'GET /team-messaging/v1/data-export/{taskId}',
		note: 'The task lists its datasets with download URIs',
	},
	'GET /restapi/v1.0/account/{accountId}/extension/{extensionId}/meeting': {
		to: 'GET /rcvideo/v1/history/meetings',
		note: 'Legacy meetings → RingCentral Video: meetings are listed in the meeting history',
	},
	'POST /restapi/v1.0/account/{accountId}/extension/{extensionId}/meeting': {
		to: 'POST /rcvideo/v2/account/{accountId}/extension/{extensionId}/bridges',
		note: 'Legacy meetings → RingCentral Video bridges',
	},
	'GET /restapi/v1.0/account/{accountId}/extension/{extensionId}/meeting/{meetingId}': {
		to: 'GET /rcvideo/v2/bridges/{bridgeId}',
		note: 'Legacy meetings → RingCentral Video bridges',
	},
	'PUT /restapi/v1.0/account/{accountId}/extension/{extensionId}/meeting/{meetingId}': {
		to: 'PATCH /rcvideo/v2/bridges/{bridgeId}',
		note: 'Legacy meetings → RingCentral Video bridges',
	},
	'DELETE /restapi/v1.0/account/{accountId}/extension/{extensionId}/meeting/{meetingId}': {
		to: 'DELETE /rcvideo/v2/bridges/{bridgeId}',
		note: 'Legacy meetings → RingCentral Video bridges',
	},
	'POST /restapi/v1.0/account/{accountId}/extension/{extensionId}/meeting/{meetingId}/end': {
		note: 'Ending a meeting by API has no RingCentral Video successor',
	},
	'GET /restapi/v1.0/account/{accountId}/extension/{extensionId}/meeting/service-info': {
		to: 'GET /rcvideo/v2/account/{accountId}/extension/{extensionId}/bridges/default',
		note: "Dial-in and join info is on the user's default bridge",
	},
	'PATCH /restapi/v1.0/account/{accountId}/extension/{extensionId}/meeting/service-info': {
		to: 'PATCH /rcvideo/v2/bridges/{bridgeId}',
		note: 'Meeting settings are bridge settings',
	},
	'GET /restapi/v1.0/account/{accountId}/extension/{extensionId}/meetings-configuration/assistants':
		{
			note: "Listing one's scheduling assistants has no RingCentral Video successor in the public API",
		},
	'GET /restapi/v1.0/account/{accountId}/extension/{extensionId}/meetings-configuration/assisted': {
		to: 'GET /rcvideo/v1/accounts/{accountId}/extensions/{extensionId}/delegators',
		note: 'Users one schedules for are RingCentral Video delegators',
	},
	'GET /restapi/v1.0/account/{accountId}/meeting-recordings': {
		to: 'GET /rcvideo/v1/account/{accountId}/recordings',
		note: 'Legacy meeting recordings → RingCentral Video recordings',
	},
	'GET /restapi/v1.0/account/{accountId}/extension/{extensionId}/meeting-recordings': {
		to: 'GET /rcvideo/v1/account/{accountId}/extension/{extensionId}/recordings',
		note: 'Legacy meeting recordings → RingCentral Video recordings',
	},
	'GET /restapi/v1.0/account/{accountId}/message-store-report/{taskId}/archive/{archiveId}': {
		to: 'GET /restapi/v1.0/account/{accountId}/message-store-report/{taskId}/archive',
		note: "The archive list gives each archive's download URI",
	},
	'GET /scim/health': { note: 'The SCIM health check was removed' },
	'GET /scim/v2/health': { note: 'The SCIM health check was removed' },
	'PUT /restapi/v1.0/account/{accountId}/extension/{extensionId}/video-configuration': {
		note: 'Changing the video provider by API was removed (reading it remains)',
	},
};

/**
 * Deprecated operations are not generated; their documented replacements.
 * @type {Record<string, { to: string, note: string }>}
 */
const DEPRECATED_SUCCESSORS = {
	deleteExtension: {
		to: 'bulkDeleteUsersV2',
		note: 'Deprecated; extensions are deleted with Delete Multiple Extensions',
	},
	listDepartmentMembers: {
		to: 'listCallQueueMembers',
		note: 'Deprecated; departments are call queues',
	},
	assignMultipleDepartmentMembers: {
		to: 'assignMultipleCallQueueMembers',
		note: 'Deprecated; departments are call queues',
	},
	readA2PSMSOptOuts: {
		to: 'listSmsConsentRecords',
		note: 'Deprecated; opt-outs are SMS consent records',
	},
	addA2PSMSOptOuts: {
		to: 'editSmsConsentRecords',
		note: 'Deprecated; opt-outs are SMS consent records',
	},
};

/** @param {string} p */
const normalize = (p) => p.replace(/\{[^}]+\}/g, '{}').replace(/\/$/, '');

/** The endpoints of the seed index: area (its heading), method, path, title. */
function readSeedIndex() {
	const lines = fs.readFileSync(SEED_FILE, 'utf8').split('\n');
	let area = '';
	const endpoints = [];
	for (let i = 0; i < lines.length; i++) {
		if (lines[i].trim() === 'Method Description') {
			let j = i - 1;
			while (j >= 0 && !lines[j].trim()) j--;
			area = lines[j].trim();
		}
		const m = /^(GET|POST|PUT|PATCH|DELETE) (\/\S*)/.exec(lines[i]);
		if (m) endpoints.push({ area, method: m[1], path: m[2] });
	}
	return endpoints;
}

function main() {
	const spec = loadSpec();
	const nodes = loadNodes();
	const byKey = new Map(spec.operations.map((op) => [`${op.method} ${normalize(op.path)}`, op]));
	/** @type {Map<string, { node: string, resourceName: string, operationName: string, handWritten: boolean }[]>} */
	const where = new Map();
	for (const node of nodes) {
		for (const op of node.operations) {
			const list = where.get(op.operationId) ?? [];
			list.push({
				node: node.displayName,
				resourceName: op.resourceName,
				operationName: op.operationName,
				handWritten: op.handWritten,
			});
			where.set(op.operationId, list);
		}
	}

	// Per area.
	const rows = [];
	const areaNames = [...new Set(spec.operations.map((op) => op.area))];
	for (const area of [...Object.keys(AREAS), ...areaNames.filter((a) => !AREAS[a])]) {
		const ops = spec.operations.filter((op) => op.area === area);
		if (!ops.length) continue;
		const current = ops.filter((op) => !op.deprecated);
		const covered = current.filter((op) => where.has(op.operationId));
		const handWritten = current.filter((op) =>
			where.get(op.operationId)?.some((w) => w.handWritten),
		);
		const excluded = /** @type {Record<string, string>} */ (EXCLUDED_AREAS)[area];
		rows.push({
			area,
			node: AREAS[area]?.displayName ?? (excluded ? '— (the credentials)' : '— (no node)'),
			total: current.length,
			covered: covered.length,
			handWritten: handWritten.length,
			deprecated: ops.length - current.length,
			missing: current.filter((op) => !where.has(op.operationId)).map((op) => op.operationId),
		});
	}
	const inScope = rows.filter((r) => AREAS[r.area]);
	const totals = inScope.reduce(
		(t, r) => ({
			total: t.total + r.total,
			covered: t.covered + r.covered,
			handWritten: t.handWritten + r.handWritten,
			deprecated: t.deprecated + r.deprecated,
		}),
		{ total: 0, covered: 0, handWritten: 0, deprecated: 0 },
	);

	// Seed index.
	const seeds = readSeedIndex();
	const mapped = seeds.map((seed) => {
		const key = `${seed.method} ${normalize(seed.path)}`;
		let op = byKey.get(key);
		let status = 'same';
		let note = '';
		if (!op) {
			const explicit = SUCCESSORS[`${seed.method} ${seed.path}`];
			let target = explicit?.to;
			if (!explicit) {
				if (seed.path.startsWith('/restapi/v1.0/glip/'))
					target = `${seed.method} ${seed.path.replace('/restapi/v1.0/glip/', '/team-messaging/v1/')}`;
				else if (/^\/scim\/(?!v2\/)/.test(seed.path))
					target = `${seed.method} ${seed.path.replace('/scim/', '/scim/v2/')}`;
				else if (/\/ringout\b/.test(seed.path))
					target = `${seed.method} ${seed.path.replace('/ringout', '/ring-out')}`;
			}
			note =
				explicit?.note ??
				(seed.path.includes('/glip/')
					? 'Glip → Team Messaging'
					: seed.path.startsWith('/scim/')
						? 'SCIM 2.0 paths'
						: seed.path.includes('/ringout')
							? 'RingOut moved to /ring-out'
							: '');
			if (target) {
				const [method, p] = target.split(' ');
				op = byKey.get(`${method} ${normalize(p)}`);
				if (!op)
					throw new Error(`Successor ${target} of ${seed.method} ${seed.path} is not in the spec`);
				status = 'moved';
			} else if (explicit) {
				status = 'removed';
			} else {
				throw new Error(
					`Seed endpoint ${seed.method} ${seed.path} is not in the spec and has no successor rule: add one to SUCCESSORS in scripts/coverage.js`,
				);
			}
		}
		if (op?.deprecated) {
			const successor = DEPRECATED_SUCCESSORS[op.operationId];
			if (!successor)
				throw new Error(
					`${op.operationId} is deprecated: add its successor to DEPRECATED_SUCCESSORS in scripts/coverage.js`,
				);
			const next = spec.operations.find((/** @type {any} */ o) => o.operationId === successor.to);
			if (!next)
				throw new Error(`Successor ${successor.to} of ${op.operationId} is not in the spec`);
			op = next;
			status = 'moved';
			note = successor.note;
		}
		let places = op ? (where.get(op.operationId) ?? []) : [];
		if (op && !places.length && /** @type {Record<string, string>} */ (EXCLUDED_AREAS)[op.area]) {
			// OAuth endpoints: the credentials call them; other calls go through the HTTP Request node with a credential.
			places = [
				{
					node: 'Credentials',
					resourceName: 'RingCentral OAuth2 API / JWT API',
					operationName: `${op.summary} (used by the credential)`,
					handWritten: true,
				},
			];
		}
		if (op && !places.length && !op.deprecated)
			throw new Error(`${op.operationId} (seed ${seed.method} ${seed.path}) is in no node`);
		return { ...seed, op, status, note, places };
	});
	const counts = {
		same: mapped.filter((m) => m.status === 'same').length,
		moved: mapped.filter((m) => m.status === 'moved').length,
		removed: mapped.filter((m) => m.status === 'removed').length,
		deprecated: mapped.filter((m) => m.op?.deprecated).length,
	};
	const toNode = mapped.filter((m) => m.places.length).length;

	// Print.
	const pad = (/** @type {string} */ s, /** @type {number} */ n) => String(s).padEnd(n);
	console.log(
		`RingCentral API coverage (spec ringcentral-open-api-parser ${spec.version}: ${spec.operations.length} operations)\n`,
	);
	console.log(
		`${pad('API area', 26)}${pad('node', 36)}covered/total  hand-written  deprecated (not generated)`,
	);
	for (const r of rows)
		console.log(
			`${pad(r.area, 26)}${pad(r.node, 36)}${pad(`${r.covered}/${r.total}`, 15)}${pad(String(r.handWritten), 14)}${r.deprecated}`,
		);
	console.log(`${pad('All areas with a node', 62)}${totals.covered}/${totals.total}`);
	console.log(
		`\nSeed index: ${seeds.length} endpoints mapped: ${counts.same} unchanged, ${counts.moved} moved to a successor, ${counts.removed} removed without successor; ${toNode} reach a node operation today.`,
	);
	const gaps = inScope.flatMap((r) => r.missing);
	if (gaps.length) console.log(`\nNot covered: ${gaps.join(', ')}`);

	fs.writeFileSync(OUT_FILE, markdown(spec, rows, totals, mapped, counts, toNode, nodes));
	console.log(`\nWrote ${path.relative(ROOT, OUT_FILE)}`);
	if (gaps.length) process.exitCode = 1;
}

/**
 * @param {any} spec
 * @param {any[]} rows
 * @param {any} totals
 * @param {any[]} mapped
 * @param {any} counts
 * @param {number} toNode
 * @param {import('./lib/nodes').LoadedNode[]} nodes
 */
function markdown(spec, rows, totals, mapped, counts, toNode, nodes) {
	const esc = (/** @type {string} */ s) => String(s).replace(/\|/g, '\\|');
	const lines = [
		'# Coverage of the RingCentral API',
		'',
		'Written by `npm run coverage` (scripts/coverage.js); do not edit by hand.',
		'',
		`Source: RingCentral's OpenAPI spec in ringcentral-open-api-parser ${spec.version} (${spec.operations.length} operations,`,
		`${spec.operations.filter((/** @type {any} */ o) => o.deprecated).length} deprecated). Every operation that is not deprecated is an operation of a node, except the`,
		'OAuth/OIDC endpoints, which the credentials use (authorize, token, revoke) and the HTTP Request node can call with them.',
		'',
		'## Per API area',
		'',
		'| API area (`x-tagGroups`) | Node | Covered / operations | Hand-written | Deprecated (left out) |',
		'|---|---|---|---|---|',
		...rows.map(
			(r) =>
				`| ${r.area} | ${r.node} | ${r.covered} / ${r.total} | ${r.handWritten} | ${r.deprecated} |`,
		),
		`| **All areas with a node** | ${rows.filter((r) => AREAS[r.area]).length} nodes | **${totals.covered} / ${totals.total}** | ${totals.handWritten} | ${totals.deprecated} |`,
		'',
		'Deprecated operations left out: ' +
			spec.operations
				.filter((/** @type {any} */ o) => o.deprecated)
				.map((/** @type {any} */ o) => `\`${o.operationId}\` (${o.method} ${o.path})`)
				.join(', ') +
			'.',
		'',
		"Each of these operations runs in the contract test (test/contract/contract.test.ts) through n8n's engine against the",
		'emulator, which validates every request against the spec: zero violations. Generated operations are answered by the',
		"spec's mock responses, the hand-written Messaging operations by the emulator's stateful handlers.",
		'',
		'## Nodes',
		'',
		'| Node | Resources | Operations |',
		'|---|---|---|',
		...nodes.map(
			(n) =>
				`| ${n.displayName} | ${new Set(n.operations.map((o) => o.resource)).size} | ${n.operations.length} |`,
		),
		'',
		'## The seed index today',
		'',
		`The seed index (docs/seeds/ringcentral-api-index.txt, RingCentral's API reference index of 2022) lists ${mapped.length} endpoints.`,
		`${counts.same} are unchanged, ${counts.moved} moved (Glip → Team Messaging \`/team-messaging/v1\`, legacy meetings → RingCentral Video,`,
		`\`/ringout\` → \`/ring-out\`, SCIM → \`/scim/v2\`), ${counts.removed} were removed without a successor. ${toNode} of them map to a node operation today.`,
		'',
		'| # | Seed area | Endpoint (seed index) | Today | Node | Resource | Operation |',
		'|---|---|---|---|---|---|---|',
		...mapped.map((m, i) => {
			const today =
				m.status === 'same'
					? 'unchanged'
					: m.status === 'moved'
						? `moved: \`${m.op.method} ${m.op.path}\`${m.note ? ` (${esc(m.note)})` : ''}`
						: `removed, no successor: ${esc(m.note)}`;
			const place = m.places[0];
			const deprecated = m.op?.deprecated ? ' (deprecated)' : '';
			return `| ${i + 1} | ${esc(m.area)} | \`${m.method} ${esc(m.path)}\` | ${today}${deprecated} | ${place ? place.node : '—'} | ${place ? esc(place.resourceName) : '—'} | ${place ? esc(place.operationName) + (place.handWritten && place.node !== 'Credentials' ? ' (hand-written)' : '') : '—'} |`;
		}),
		'',
	];
	return lines.join('\n');
}

main();
