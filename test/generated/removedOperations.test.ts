/**
 * Saved workflows never break when RingCentral's spec changes: an operation a node offered (recorded in
 * scripts/shipped-operations.json) that a newer spec removes, renames or moves stays in its node, named
 * "(Removed)", and fails at run time, before any request, with an error naming its successor;
 * a newly deprecated one stays generated, named "(Deprecated)".
 * The newer spec is simulated on the vendored one: one operation removed, one renamed, one deprecated.
 */
import type { INodeType } from 'n8n-workflow';

import { RingCentralAi } from '../../nodes/Ai/RingCentralAi.node';
import { generatedResources as aiResources } from '../../nodes/Ai/generated';
import { RingCentralVoice } from '../../nodes/Voice/RingCentralVoice.node';
import { authenticationProperty } from '../../nodes/shared/descriptions';
import type { GeneratedResource } from '../../nodes/shared/generatedNode';
import {
	generatedProperties,
	operationMetaTable,
	resourceOptions,
	resourceProperty,
} from '../../nodes/shared/generatedNode';
import { sharedRequestHandler } from '../../nodes/shared/routing';
import { runWorkflow } from '../harness';
import { loadGeneratedSource } from '../support/generatedSource';
import { useEmulator } from '../support/ringcentral';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadSpec } = require('../../scripts/lib/spec') as {
	loadSpec: () => { operations: Array<{ operationId: string; deprecated: boolean }> };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { build } = require('../../scripts/generate') as {
	build: () => { files: Record<string, string> };
};

/** The generator's output for a spec that removed caiEnrollmentsList, renamed readIVRMenuList and deprecated caiSpeechToText. */
function buildForNewerSpec(): Record<string, string> {
	const { operations } = loadSpec();
	const saved = [...operations];
	const speechToText = operations.find((op) => op.operationId === 'caiSpeechToText')!;
	const ivrMenus = operations.find((op) => op.operationId === 'readIVRMenuList')!;
	try {
		operations.splice(
			operations.findIndex((op) => op.operationId === 'caiEnrollmentsList'),
			1,
		);
		operations[operations.indexOf(ivrMenus)] = { ...ivrMenus, operationId: 'readIvrMenuList' };
		operations[operations.indexOf(speechToText)] = { ...speechToText, deprecated: true };
		return build().files;
	} finally {
		operations.splice(0, operations.length, ...saved);
	}
}

/** A generated resource file, compiled and loaded as the node would load it. */
function loadResource(file: string, source: string): GeneratedResource {
	return Object.values(loadGeneratedSource(file, source))[0] as GeneratedResource;
}

/** A node built like the generated ones, from `resources`. */
function nodeOf(base: INodeType, resources: GeneratedResource[]): INodeType {
	return {
		description: {
			...base.description,
			requestOperations: { pagination: sharedRequestHandler(operationMetaTable(resources)) },
			properties: [
				authenticationProperty,
				resourceProperty(resourceOptions(resources)),
				...generatedProperties(resources),
			],
		},
	};
}

describe('operations a newer spec removes, renames or deprecates', () => {
	const rc = useEmulator();
	let files: Record<string, string>;
	beforeAll(() => {
		files = buildForNewerSpec();
	});

	it('were recorded as shipped', () => {
		const shipped = JSON.parse(files['scripts/shipped-operations.json']) as Record<
			string,
			{ operationId: string }
		>;
		expect(shipped['Ai/audio/caiEnrollmentsList'].operationId).toBe('caiEnrollmentsList');
		expect(shipped['Voice/ivr/readIVRMenuList'].operationId).toBe('readIVRMenuList');
	});

	it('stay in their node: removed ones named "(Removed)", deprecated ones "(Deprecated)"', () => {
		const audio = files['nodes/Ai/generated/audio.ts'];
		expect(audio).toContain("name: 'Get Many Enrolled Speakers (Removed)'");
		expect(audio).toContain("name: 'Speech to Text Conversion (Deprecated)'");
		expect(files['nodes/Voice/generated/ivr.ts']).toContain("name: 'Get Many IVR Menus (Removed)'");
		expect(files['nodes/Voice/generated/ivr.ts']).toContain("value: 'readIvrMenuList'");
	});

	const cases = [
		{
			base: () => new RingCentralAi(),
			folder: 'Ai',
			file: 'audio',
			operation: 'caiEnrollmentsList',
			message: /no longer offers "Get Many Enrolled Speakers" here\. It has no successor/,
		},
		{
			base: () => new RingCentralVoice(),
			folder: 'Voice',
			file: 'ivr',
			operation: 'readIVRMenuList',
			message:
				/no longer offers "Get Many IVR Menus" here\. Use RingCentral Voice → IVR → "Get Many IVR Menus" instead/,
		},
	];
	it.each(cases)(
		'a saved workflow with $folder $operation loads and fails before any request, naming the successor',
		async ({ base, folder, file, operation, message }) => {
			const generatedFile = `nodes/${folder}/generated/${file}.ts`;
			const changed = loadResource(generatedFile, files[generatedFile]);
			const others = folder === 'Ai' ? aiResources.filter((r) => r.value !== changed.value) : [];
			const nodeType = nodeOf(base(), [...others, changed]);
			const type = `n8n-nodes-ringcentral.${nodeType.description.name}`;
			const saved = {
				name: 'Saved',
				type,
				parameters: { authentication: 'jwt', resource: changed.value, operation },
				credentials: { ringCentralJwtApi: { id: 'ringCentralJwtApi', name: 'ringCentralJwtApi' } },
			};
			const before = rc.emu.requests.length;
			const { error } = await runWorkflow({
				nodes: [saved],
				connections: {},
				nodeTypes: [nodeType],
				credentials: rc.credentials,
			});
			// operationRemoved throws a NodeOperationError; n8n's RoutingNode hands errors of a declarative
			// operation's request path on as NodeApiError, with the message kept.
			expect(error?.message).toMatch(message);
			expect(rc.emu.requests.length).toBe(before);
		},
	);
});
