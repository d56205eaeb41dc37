//! `IdentityProfileBulkDelete`, from `beta/schemas/IdentityProfileBulkDelete.yaml`.

/// List of Identity Profile IDs to delete.
pub type IdentityProfileBulkDelete = Vec<String>;
