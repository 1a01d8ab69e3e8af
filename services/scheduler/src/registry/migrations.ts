/**
 * Versioned schema migrations, applied in order inside one transaction each. Written in the SQL
 * that SQLite and PostgreSQL share (BLOB is spelled BYTEA by the PostgreSQL dialect).
 * Never edit a released migration; add a new one.
 */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'nodes, devices, invite codes, signer rejections',
    statements: [
      `CREATE TABLE nodes (
        node_id BLOB PRIMARY KEY,
        network TEXT NOT NULL,
        signer_version TEXT NOT NULL,
        init_msg BLOB NOT NULL,
        bip32_key BLOB,
        invite_code TEXT,
        user_ca_cert TEXT NOT NULL,
        user_ca_key TEXT NOT NULL,
        created_at BIGINT NOT NULL
      )`,
      `CREATE TABLE startup_messages (
        node_id BLOB NOT NULL REFERENCES nodes(node_id),
        position INTEGER NOT NULL,
        request BLOB NOT NULL,
        response BLOB NOT NULL,
        PRIMARY KEY (node_id, position)
      )`,
      `CREATE TABLE devices (
        serial TEXT PRIMARY KEY,
        node_id BLOB NOT NULL REFERENCES nodes(node_id),
        device_name TEXT NOT NULL,
        public_key BLOB NOT NULL,
        certificate TEXT NOT NULL,
        rune TEXT,
        origin TEXT NOT NULL,
        issued_at BIGINT NOT NULL
      )`,
      `CREATE INDEX devices_by_node ON devices (node_id)`,
      `CREATE TABLE invite_codes (
        code TEXT PRIMARY KEY,
        owner_node_id BLOB,
        redeemed_by BLOB,
        redeemed_at BIGINT,
        created_at BIGINT NOT NULL
      )`,
      `CREATE INDEX invite_codes_by_owner ON invite_codes (owner_node_id)`,
      `CREATE TABLE signer_rejections (
        id INTEGER PRIMARY KEY,
        node_id BLOB,
        message TEXT NOT NULL,
        git_version TEXT NOT NULL,
        request_type INTEGER,
        reported_at BIGINT NOT NULL
      )`,
    ],
  },
];
