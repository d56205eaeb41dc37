//! Where the API lives: from the spec's server.

/// Where this API lives under a tenant's base URL{% if api_path.is_empty() %}: at its root, each operation's path naming its own version (`/identities/v1`){% endif %}.
pub const API_PATH: &str = "{{ api_path }}";
