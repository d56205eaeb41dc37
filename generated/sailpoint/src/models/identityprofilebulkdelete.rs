//! `Identityprofilebulkdelete`, from `apis/identity-profiles/schemas/identityprofilebulkdelete.yaml`.

/// List of Identity Profile IDs to delete.
pub type Identityprofilebulkdelete = Vec<String>;
