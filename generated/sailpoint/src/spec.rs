//! Where the API lives: from the spec's server.

/// Where this API lives under a tenant's base URL: at its root, each operation's path naming its own version (`/identities/v1`).
pub const API_PATH: &str = "";
