//! `Bulkretrievesourcesubtypesrequest`, from `apis/machine-account-subtypes/schemas/bulkretrievesourcesubtypesrequest.yaml`.

/// List of source subtype IDs.
pub type Bulkretrievesourcesubtypesrequest = Vec<String>;
