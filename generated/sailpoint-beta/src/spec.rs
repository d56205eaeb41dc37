//! Where the API lives: from the spec's server.

/// Where this API lives under a tenant's base URL.
pub const API_PATH: &str = "/beta";
