// @ts-check
'use strict';
/**
 * A server on loopback that is not RingCentral: it records what it is sent (to prove that the access
 * token never reaches it) and answers 200 with an empty list. JavaScript, as the node lint forbids
 * `http` in `.ts` files.
 */
const http = require('node:http');

/** @returns {Promise<{ url: string, requests: Array<{ url?: string, authorization?: string }>, close: () => Promise<void> }>} */
async function startStranger() {
	/** @type {Array<{ url?: string, authorization?: string }>} */
	const requests = [];
	const server = http.createServer((req, res) => {
		requests.push({ url: req.url, authorization: req.headers.authorization });
		res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ records: [] }));
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${address.port}`,
		requests,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

module.exports = { startStranger };
