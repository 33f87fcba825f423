// Loaded with `node -r` by the probe's end-to-end test of examples/express-api.
//
// The example talks to PostgreSQL (`pg`) and hashes with the native `bcrypt` module; the test has
// neither a database nor a compiler for native add-ons (the dependencies are installed with
// --ignore-scripts). Both are replaced by in-memory stand-ins with the same calls: every query
// finds no rows, every password comparison fails. Everything else (Express, its middleware,
// jsonwebtoken, cors, helmet, express-rate-limit) is the real package.
const Module = require('module');

class Pool {
  constructor() {}
  async query() {
    return { rows: [], rowCount: 0 };
  }
  async end() {}
}

const stubs = {
  pg: { Pool },
  bcrypt: {
    compare: async () => false,
    hash: async () => '$2b$10$sechoundprobesechoundprobesechoundprobesechoundpr',
  },
};

const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (Object.prototype.hasOwnProperty.call(stubs, request)) {
    return stubs[request];
  }
  return load.call(this, request, parent, isMain);
};

// Express 4 does not catch rejected promises of async handlers: Node would exit on the first
// one (a handler given an empty body). Keep serving, as a process manager would restart it.
process.on('unhandledRejection', (error) => {
  console.error('unhandled rejection:', error && error.message);
});
