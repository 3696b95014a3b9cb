// The Cosmos DB protocol server of the local stack (@vercel/cosmosdb-server, pinned in package-lock.json), started
// on loopback only, with its gaps closed here so that the app talks to it as it talks to Azure Cosmos DB:
// - a point read of a missing document crashes its handler (500); Cosmos DB answers 404, and so does this;
// - resource ids are base64 with '/' in them, which breaks the paths the SDK builds from them (its partition key
//   range lookups then answer 404, "stale cache"); Cosmos DB writes them with '-' for '/', and so does this.
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

// Only now: the routes take the handlers as they are when they load.
const { createHttpsServer } = require("@vercel/cosmosdb-server");
const port = Number(process.argv[2] || 8081);
const server = createHttpsServer().listen(port, "127.0.0.1", () => {
  console.log(`Ready to accept HTTPS connections at 127.0.0.1:${port}`);
});
