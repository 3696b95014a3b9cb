// The Cosmos DB protocol server of the local stack (@vercel/cosmosdb-server, pinned in package-lock.json), started
// on loopback only, with its gaps closed here so that the app talks to it as it talks to Azure Cosmos DB:
// - it closes each connection after its answer; Cosmos DB keeps them open, and so does this (below);
// - a point read of a missing document crashes its handler (500); Cosmos DB answers 404, and so does this;
// - resource ids are base64 with '/' in them, which breaks the paths the SDK builds from them (its partition key
//   range lookups then answer 404, "stale cache"); Cosmos DB writes them with '-' for '/', and so does this;
// - it does not answer the query plan the SDK asks the gateway for before a query it cannot plan itself (on Linux,
//   and whenever a continuation token is resumed): it runs the query and answers documents, which the SDK cannot read.
"use strict";
const ResourceId = require("@vercel/cosmosdb-server/lib/account/resource-id").default;
ResourceId.toBase64String = buffer => buffer.toString("base64").replace(/\//g, "-");
ResourceId.fromBase64String = text => Buffer.from(text.replace(/-/g, "/"), "base64");
const readDocument = require("@vercel/cosmosdb-server/lib/handler/read-document");

const original = readDocument.default;
readDocument.default = (account, req, res, params) => {
  try {
    return original(account, req, res, params);
  } catch (error) {
    // The handler dereferences the document it did not find.
    if (!(error instanceof TypeError)) throw error;
    res.statusCode = 404;
    return { code: "NotFound", message: "Entity with the specified id does not exist in the system." };
  }
};

// The server keeps every container in one partition key range and runs each query whole (ORDER BY, TOP, DISTINCT,
// aggregates), so the plan for any query is that range and nothing for the SDK to do across ranges: the SDK then
// sends the query as it is and pages it with the server's continuation tokens, as it does a single-range query on
// Cosmos DB.
const queryDocuments = require("@vercel/cosmosdb-server/lib/handler/query-documents");
const trueHeader = require("@vercel/cosmosdb-server/lib/true-header").default;
const originalQuery = queryDocuments.default;
queryDocuments.default = (account, req, res, params) => {
  if (!trueHeader(req, "x-ms-cosmos-is-query-plan-request")) return originalQuery(account, req, res, params);
  return {
    partitionedQueryExecutionInfoVersion: 2,
    queryInfo: {
      distinctType: "None", top: null, offset: null, limit: null, orderBy: [], orderByExpressions: [],
      groupByExpressions: [], groupByAliases: [], aggregates: [], groupByAliasToAggregateType: {},
      rewrittenQuery: "", hasSelectValue: false, hasNonStreamingOrderBy: false,
    },
    queryRanges: [{ min: "", max: "FF", isMinInclusive: true, isMaxInclusive: false }],
  };
};

// Only now: the routes take the handlers as they are when they load.
const { createHttpsServer } = require("@vercel/cosmosdb-server");
const port = Number(process.argv[2] || 8081);
// Cosmos DB keeps its connections open; the package answers "connection: close" unless told otherwise, so every call
// paid a new TLS handshake (on the app's side too: a certificate chain built per call). Idle connections close after
// two minutes, after the SDK's pool has let go of them (one minute), so it is never the server that closes one under
// a request the client has just sent.
const server = createHttpsServer({ keepAlive: true });
server.keepAliveTimeout = 120_000;
server.headersTimeout = 125_000;
server.listen(port, "127.0.0.1", () => {
  console.log(`Ready to accept HTTPS connections at 127.0.0.1:${port}`);
});
